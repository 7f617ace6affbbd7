package io.cnmm.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** A user who signs in with a password. The password itself is never stored, only its bcrypt hash. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    /** Comma-separated role names, see {@link Role}. */
    @Column(nullable = false)
    public String roles;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    static UserAccount create(String username, String passwordHash, Collection<String> roles, String createdBy) {
        UserAccount user = new UserAccount();
        user.username = username;
        user.passwordHash = passwordHash;
        user.setRoles(roles);
        user.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        user.createdBy = createdBy;
        return user;
    }

    public List<String> roleList() {
        return Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).toList();
    }

    void setRoles(Collection<String> names) {
        roles = String.join(",", Role.ALL.stream().filter(names::contains).toList()); // a stable order
    }
}
