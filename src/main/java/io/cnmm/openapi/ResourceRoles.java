package io.cnmm.openapi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * The roles each operation admits, read from the same @RolesAllowed that the service enforces, so
 * the document cannot drift from it. An operation without the annotation (@Authenticated) admits
 * every signed-in user; the service refuses an endpoint with neither.
 */
final class ResourceRoles {

    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    private final Map<String, List<String>> byOperation = new HashMap<>();

    ResourceRoles(IndexView index) {
        for (AnnotationInstance resourcePath : index.getAnnotations(PATH)) {
            if (resourcePath.target().kind() == AnnotationTarget.Kind.CLASS) {
                read(resourcePath.target().asClass(), resourcePath.value().asString());
            }
        }
    }

    /** @return the roles of {@code method} on {@code path} (as the document writes it); empty: every signed-in user */
    List<String> of(String method, String path) {
        return byOperation.getOrDefault(method + " " + path, List.of());
    }

    private void read(ClassInfo resource, String classPath) {
        for (MethodInfo method : resource.methods()) {
            String http = method.declaredAnnotations().stream().map(a -> a.name().local())
                    .filter(HTTP_METHODS::contains).findFirst().orElse(null);
            if (http == null) {
                continue;
            }
            AnnotationInstance methodPath = method.declaredAnnotation(PATH);
            AnnotationInstance roles = method.hasDeclaredAnnotation(ROLES_ALLOWED)
                    ? method.declaredAnnotation(ROLES_ALLOWED) : resource.declaredAnnotation(ROLES_ALLOWED);
            byOperation.put(http + " " + join(classPath, methodPath == null ? "" : methodPath.value().asString()),
                    roles == null ? List.of() : List.of(roles.value().asStringArray()));
        }
    }

    private static String join(String classPath, String methodPath) {
        String path = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
