package io.cnmm.security;

import static io.cnmm.testsupport.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.CapturedLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UsersTest {

    @Inject
    Users users;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void passwordsAreStoredOnlyAsSaltedBcryptHashesAndNeverShown() {
        Api.User one = Api.createUser("hash-one", Role.AUDITOR);
        String body = given().get("/api/users/" + one.name()).then().statusCode(200)
                .body("roles", equalTo(List.of(Role.AUDITOR))).extract().asString();
        assertThat(body).doesNotContain(one.password()).doesNotContain("$2a$").doesNotContain("passwordHash");
        String hash = users.named(one.name()).orElseThrow().passwordHash;
        assertThat(hash).startsWith("$2a$").doesNotContain(one.password());
        Api.User two = Api.createUser("hash-two", Role.AUDITOR);
        given().contentType(ContentType.JSON).body(Map.of("password", one.password()))
                .put("/api/users/" + two.name()).then().statusCode(200);
        assertThat(users.named(two.name()).orElseThrow().passwordHash).as("the same password, salted apart")
                .isNotEqualTo(hash);
    }

    @Test
    void changesToAUserCountFromTheirNextRequest() {
        Api.User user = Api.createUser("changing", Role.ASSESSOR);
        user.given().get("/api/me").then().statusCode(200).body("roles", equalTo(List.of(Role.ASSESSOR)));
        user.given().get("/api/me").then().statusCode(200); // signed in again, from the remembered check

        given().contentType(ContentType.JSON).body(Map.of("roles", List.of(Role.AUDITOR)))
                .put("/api/users/" + user.name()).then().statusCode(200);
        user.given().get("/api/me").then().statusCode(200).body("roles", equalTo(List.of(Role.AUDITOR)));

        given().contentType(ContentType.JSON).body(Map.of("password", "the new long password"))
                .put("/api/users/" + user.name()).then().statusCode(200);
        user.given().get("/api/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"));
        Api.as(user.name(), "the new long password").get("/api/me").then().statusCode(200);

        given().delete("/api/users/" + user.name()).then().statusCode(204);
        Api.as(user.name(), "the new long password").get("/api/me").then().statusCode(401);
        given().get("/api/users/" + user.name()).then().statusCode(404);
    }

    @Test
    void refusesMistakesWithProblems() {
        Api.User taken = Api.createUser("taken", Role.ASSESSOR);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", taken.name(), "password", "another long password", "roles", List.of(Role.ADMIN)))
                .post("/api/users").then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/conflict"));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "short-pw", "password", "too short", "roles", List.of(Role.ADMIN)))
                .post("/api/users").then().statusCode(422).body("errors[0].field", equalTo("password"));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "no role", "password", "a long enough password", "roles", List.of("root")))
                .post("/api/users").then().statusCode(422);
        given().contentType(ContentType.JSON).body("{}").put("/api/users/" + taken.name()).then().statusCode(422);
        // 40 characters, 80 bytes: bcrypt would read only the first 72 bytes, so it is refused, not cut
        given().contentType(ContentType.JSON).body(Map.of("password", "é".repeat(40)))
                .put("/api/users/" + taken.name()).then().statusCode(422).body("errors[0].field", equalTo("password"));
        given().get("/api/users").then().statusCode(200).body("username", org.hamcrest.Matchers.hasItem(taken.name()))
                .body(not(org.hamcrest.Matchers.containsString("$2a$")));
    }

    @Test
    void refusesPasswordsWithControlCharactersWhenAUserIsCreatedOrChanged() {
        Api.User user = Api.createUser("control-characters", Role.AUDITOR);
        // bcrypt stops at NUL: twelve of them would be the empty password, and "secret\0" would be "secret".
        for (String password : List.of("\0".repeat(12), "a long password\0", "a long\u0007password", "a long\u007Fpassword",
                "a long\u0085password", "a long password\n", "a long\u2028password", "a long\u2029password")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("username", "control-new", "password", password, "roles", List.of(Role.AUDITOR)))
                    .post("/api/users").then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.hasItem("password"));
            given().contentType(ContentType.JSON).body(Map.of("password", password))
                    .put("/api/users/" + user.name()).then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.hasItem("password"));
        }
        given().get("/api/users/control-new").then().statusCode(404);
        user.given().get("/api/me").then().statusCode(200);
    }

    @Test
    void aPasswordWithControlCharactersNeverSignsIn() {
        Api.User user = Api.createUser("nul-suffix", Role.ASSESSOR);
        user.given().get("/api/me").then().statusCode(200); // and is now remembered as verified
        for (String password : List.of(user.password() + "\0", user.password() + "\0anything", user.password() + "\u0007")) {
            Api.as(user.name(), password).get("/api/me").then().statusCode(401).contentType("application/problem+json");
        }
        user.given().get("/api/me").then().statusCode(200);
    }

    @Test
    void userNamesAreUniqueRegardlessOfCase() {
        Api.User ada = Api.createUser("Ada", Role.ASSESSOR);
        for (String other : List.of(ada.name().toLowerCase(), ada.name().toUpperCase())) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("username", other, "password", "another long password", "roles", List.of(Role.AUDITOR)))
                    .post("/api/users").then().statusCode(409).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.endsWith("/conflict"))
                    .body("detail", org.hamcrest.Matchers.containsString(other));
            given().get("/api/users/" + other).then().statusCode(404);
        }
    }

    @Test
    void signingInNeedsTheUserNameInItsOwnCase() {
        Api.User ada = Api.createUser("Lovelace", Role.ASSESSOR);
        ada.given().get("/api/me").then().statusCode(200).body("username", equalTo(ada.name()));
        Api.as(ada.name().toLowerCase(), ada.password()).get("/api/me").then().statusCode(401);
    }

    /**
     * Two creates of one name in different cases at the same moment both pass the service's check;
     * the database's index lets one in, and the other is the same conflict as a plain duplicate.
     */
    @Test
    void aConcurrentCreateOfTheSameNameInAnotherCaseIsAConflictToo() throws Exception {
        String name = "Racer-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        createWhileAnotherCreates(name.toLowerCase(), name).then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/conflict"));
        given().get("/api/users/" + name.toLowerCase()).then().statusCode(404);
        given().delete("/api/users/" + name).then().statusCode(204);
    }

    /** The database refuses the insert, and what it refused, the password hash included, is no one's to read in the log. */
    @Test
    void aCreateTheDatabaseRefusesLogsNoPasswordHash() throws Exception {
        String name = "Logged-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        List<String> logged = CapturedLog.during(() -> createWhileAnotherCreates(name.toLowerCase(), name));
        assertThat(logged).as("what the refused insert logged").isNotEmpty().noneMatch(line -> line.contains("$2a$"));
        given().delete("/api/users/" + name).then().statusCode(204);
    }

    /** Creates {@code username} through the API while another transaction is inserting {@code racing}, then commits that one. */
    private io.restassured.response.Response createWhileAnotherCreates(String username, String racing) {
        try (Connection first = dataSource.getConnection(); Connection observer = dataSource.getConnection()) {
            first.setAutoCommit(false);
            try (PreparedStatement insert = first.prepareStatement("insert into app_user (username, password_hash, roles, "
                    + "created_at, created_by) values (?, 'not a hash', 'assessor', now(), 'UsersTest')")) {
                insert.setString(1, racing);
                insert.executeUpdate();
            }
            CompletableFuture<io.restassured.response.Response> second = CompletableFuture.supplyAsync(() ->
                    given().contentType(ContentType.JSON).body(Map.of("username", username,
                            "password", "another long password", "roles", List.of(Role.ASSESSOR))).post("/api/users"));
            while (!second.isDone() && !waitsForALock(observer, "insert into app_user")) {
                Thread.sleep(20);
            }
            first.commit();
            return second.join();
        } catch (java.sql.SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean waitsForALock(Connection observer, String statement) throws java.sql.SQLException {
        try (PreparedStatement waiting = observer.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like ?")) {
            waiting.setString(1, statement + "%");
            try (var result = waiting.executeQuery()) {
                return result.next() && result.getInt(1) > 0;
            }
        }
    }

    @Test
    void theLastAdministratorStays() {
        Api.User second = Api.createUser("second-admin", Role.ADMIN);
        given().delete("/api/users/" + second.name()).then().statusCode(204); // not the last: allowed
        List<String> admins = given().get("/api/users").then().extract()
                .path("findAll { it.roles.contains('admin') }.username");
        assertThat(admins).as("no other test keeps an admin").containsExactly(Api.ADMIN);
        given().delete("/api/users/" + Api.ADMIN).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("last administrator"));
        given().contentType(ContentType.JSON).body(Map.of("roles", List.of(Role.AUDITOR)))
                .put("/api/users/" + Api.ADMIN).then().statusCode(409);
        given().get("/api/me").then().statusCode(200).body("roles", org.hamcrest.Matchers.hasItem(Role.ADMIN));
    }

    @Test
    void theFirstStartCreatedTheAdministratorFromConfigurationAndLoggedIt() {
        given().get("/api/me").then().statusCode(200).body("username", equalTo(Api.ADMIN))
                .body("assignments.allEnterprises", equalTo(true));
        List<String> created = given().get("/api/audit/log?limit=1000").then().extract()
                .path("records.findAll { it.action == 'user.created' && it.subject == 'user/admin' }.actor");
        assertThat(created).containsExactly("cnmm (system)");
    }
}
