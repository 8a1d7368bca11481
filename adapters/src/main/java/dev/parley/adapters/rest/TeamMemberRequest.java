package dev.parley.adapters.rest;

/**
 * The body that adds a team member.
 *
 * @param email their address
 * @param name their display name
 * @param password their initial password, 8 to 1,024 characters
 * @param role {@code agent} or {@code admin}
 */
public record TeamMemberRequest(String email, String name, String password, String role) {

    @Override
    public String toString() {
        return "TeamMemberRequest[email=" + email + ", name=" + name + ", password=redacted, role=" + role + "]";
    }
}
