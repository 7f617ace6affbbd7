package io.cnmm.security;

import java.util.List;

/** The signed-in user: name, roles, and the enterprises they may see. */
public record MeView(String username, List<String> roles, AssignmentsView assignments) {
}
