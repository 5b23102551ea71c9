package org.socorg.platform.identity.internal;

import jakarta.annotation.PreDestroy;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.ManagedUser;
import org.socorg.platform.identity.NewUser;
import org.socorg.platform.identity.RegistrationAuthority;
import org.socorg.platform.identity.RoleAdministration;
import org.socorg.platform.identity.RoleChanged;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.shared.PlatformException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Role administration through the Keycloak admin client, as the {@code socorg-admin} service account. Authorities
 * are the realm's groups carrying a {@code divisionCode}; an administrator's jurisdiction is their authority's
 * group and its sub-groups, or every authority for the national level. Users without an authority (applicants)
 * are managed at the national level only.
 */
@Service
class KeycloakRoleAdministration implements RoleAdministration {

    static final Set<String> GRANTABLE = Set.of(Roles.APPLICANT, Roles.REGISTRATION_OFFICER, Roles.REVIEWER,
            Roles.DIRECTOR, Roles.SUPERVISOR, Roles.EXPERT, Roles.ENFORCEMENT_OFFICER, Roles.ANALYST, Roles.AUDITOR,
            Roles.ADMINISTRATOR);
    private static final String LEVEL_NATIONAL = "national";

    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final String serverUrl;
    private final String realm;
    private Keycloak keycloak;

    KeycloakRoleAdministration(IdentityProperties properties, ApplicationEventPublisher events) {
        this.properties = properties;
        this.events = events;
        String issuer = properties.oidc().issuer();
        int realms = issuer.indexOf("/realms/");
        this.serverUrl = realms < 0 ? issuer : issuer.substring(0, realms);
        this.realm = realms < 0 ? "socorg" : issuer.substring(realms + "/realms/".length());
    }

    /** Built on first use: the platform starts without Keycloak, and the client fetches its token lazily. */
    private synchronized RealmResource realm() {
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder().serverUrl(serverUrl).realm(realm)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(properties.adminClient().clientId())
                    .clientSecret(properties.adminClient().clientSecret()).build();
        }
        return keycloak.realm(realm);
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /** An authority: a realm group with a division code. */
    record Authority(String id, String path, String divisionCode, String level, String nameZh, String nameEn) {

        boolean contains(Authority other) {
            return LEVEL_NATIONAL.equals(level) || other.path.equals(path) || other.path.startsWith(path + "/");
        }
    }

    @Override
    public List<ManagedUser> list(Caller administrator) {
        return keycloak(() -> {
            Map<String, Authority> authorities = authorities();
            Authority own = ownAuthority(administrator, authorities);
            List<UserRepresentation> users;
            if (LEVEL_NATIONAL.equals(own.level())) {
                users = realm().users().list(0, 1000);
            } else {
                Map<String, UserRepresentation> members = new LinkedHashMap<>();
                authorities.values().stream().filter(own::contains).forEach(a -> realm().groups().group(a.id())
                        .members(0, 1000).forEach(u -> members.putIfAbsent(u.getId(), u)));
                users = new ArrayList<>(members.values());
            }
            return users.stream().filter(u -> u.getServiceAccountClientId() == null)
                    .map(u -> view(u, authorities)).toList();
        });
    }

    @Override
    public ManagedUser create(Caller administrator, NewUser user) {
        return keycloak(() -> {
            Map<String, Authority> authorities = authorities();
            Authority own = ownAuthority(administrator, authorities);
            Authority target = user.divisionCode() == null ? null : authority(user.divisionCode(), authorities);
            requireInJurisdiction(own, target);
            user.roles().forEach(KeycloakRoleAdministration::requireGrantable);
            UserRepresentation rep = new UserRepresentation();
            rep.setUsername(user.username());
            rep.setFirstName(user.firstName());
            rep.setLastName(user.lastName());
            rep.setEmail(user.email());
            rep.setEnabled(true);
            if (user.initialPassword() != null) {
                CredentialRepresentation password = new CredentialRepresentation();
                password.setType(CredentialRepresentation.PASSWORD);
                password.setValue(user.initialPassword());
                password.setTemporary(true);
                rep.setCredentials(List.of(password));
            }
            String id;
            try (Response created = realm().users().create(rep)) {
                if (created.getStatus() == 409) {
                    throw PlatformException.conflict("USER_EXISTS", "用户名已存在：" + user.username(),
                            "A user named " + user.username() + " already exists");
                }
                id = CreatedResponseUtil.getCreatedId(created);
            }
            UserResource resource = realm().users().get(id);
            if (target != null) {
                resource.joinGroup(target.id());
            }
            if (!user.roles().isEmpty()) {
                resource.roles().realmLevel().add(roles(user.roles()));
            }
            publish(administrator, user.username(), RoleChanged.Change.USER_CREATED, user.roles(),
                    target == null ? null : target.divisionCode());
            return view(resource.toRepresentation(), authorities);
        });
    }

    @Override
    public ManagedUser disable(Caller administrator, String username) {
        return change(administrator, username, (user, resource, authorities) -> {
            refuseOnSelf(administrator, username, "停用自己的账号", "disable your own account");
            UserRepresentation rep = resource.toRepresentation();
            rep.setEnabled(false);
            resource.update(rep);
            resource.logout(); // end the sessions they already have
            publish(administrator, username, RoleChanged.Change.USER_DISABLED, Set.of(), user.divisionCode());
        });
    }

    @Override
    public ManagedUser grant(Caller administrator, String username, String role) {
        requireGrantable(role);
        return change(administrator, username, (user, resource, authorities) -> {
            resource.roles().realmLevel().add(roles(Set.of(role)));
            publish(administrator, username, RoleChanged.Change.ROLES_GRANTED, Set.of(role), user.divisionCode());
        });
    }

    @Override
    public ManagedUser revoke(Caller administrator, String username, String role) {
        requireGrantable(role);
        return change(administrator, username, (user, resource, authorities) -> {
            if (Roles.ADMINISTRATOR.equals(role)) {
                refuseOnSelf(administrator, username, "撤销自己的管理员角色", "revoke your own administrator role");
            }
            resource.roles().realmLevel().remove(roles(Set.of(role)));
            publish(administrator, username, RoleChanged.Change.ROLES_REVOKED, Set.of(role), user.divisionCode());
        });
    }

    @Override
    public ManagedUser move(Caller administrator, String username, String divisionCode) {
        return change(administrator, username, (user, resource, authorities) -> {
            Authority target = authority(divisionCode, authorities);
            requireInJurisdiction(ownAuthority(administrator, authorities), target);
            resource.groups().stream().filter(g -> authorities.containsKey(g.getId()))
                    .forEach(g -> resource.leaveGroup(g.getId()));
            resource.joinGroup(target.id());
            publish(administrator, username, RoleChanged.Change.AUTHORITY_CHANGED, Set.of(), divisionCode);
        });
    }

    interface Change {
        void apply(ManagedUser before, UserResource resource, Map<String, Authority> authorities);
    }

    /** Finds the user, checks they are inside the administrator's jurisdiction, applies the change, reads back. */
    private ManagedUser change(Caller administrator, String username, Change change) {
        return keycloak(() -> {
            Map<String, Authority> authorities = authorities();
            Authority own = ownAuthority(administrator, authorities);
            UserRepresentation found = realm().users().search(username, true).stream()
                    .filter(u -> username.equals(u.getUsername())).findFirst()
                    .orElseThrow(() -> PlatformException.notFound("用户", "user", username));
            UserResource resource = realm().users().get(found.getId());
            ManagedUser before = view(found, authorities);
            Authority current = before.divisionCode() == null ? null : authority(before.divisionCode(), authorities);
            if (!LEVEL_NATIONAL.equals(own.level()) && (current == null || !own.contains(current))) {
                // same answer as a missing user: an administrator does not learn who exists elsewhere
                throw PlatformException.notFound("用户", "user", username);
            }
            change.apply(before, resource, authorities);
            return view(resource.toRepresentation(), authorities);
        });
    }

    /** The user of exactly that name, with roles and authority; for {@link PlatformUserDirectory}. */
    Optional<ManagedUser> find(String username) {
        try {
            return realm().users().searchByUsername(username, true).stream()
                    .filter(u -> username.equals(u.getUsername()) && u.getServiceAccountClientId() == null)
                    .findFirst().map(u -> view(u, authorities()));
        } catch (ProcessingException e) {
            throw new PlatformException(PlatformException.Kind.UNAVAILABLE, "IDENTITY_PROVIDER_UNAVAILABLE",
                    "统一身份认证服务暂时无法访问，无法核实所列人员；请稍后重试",
                    "The sign-on service cannot be reached to check the people named; try again shortly");
        }
    }

    /** The people of one authority (its own group, not the authorities below it); none when no authority has the code. */
    List<ManagedUser> membersOf(String divisionCode) {
        try {
            Map<String, Authority> authorities = authorities();
            return authorities.values().stream().filter(a -> a.divisionCode().equals(divisionCode)).findFirst()
                    .map(a -> realm().groups().group(a.id()).members(0, 1000).stream()
                            .filter(u -> u.getServiceAccountClientId() == null)
                            .map(u -> view(u, authorities)).toList())
                    .orElse(List.of());
        } catch (ProcessingException e) {
            throw new PlatformException(PlatformException.Kind.UNAVAILABLE, "IDENTITY_PROVIDER_UNAVAILABLE",
                    "统一身份认证服务暂时无法访问，无法列出同事；请稍后重试",
                    "The sign-on service cannot be reached to list your colleagues; try again shortly");
        }
    }

    private ManagedUser view(UserRepresentation user, Map<String, Authority> authorities) {
        UserResource resource = realm().users().get(user.getId());
        String division = resource.groups().stream().map(g -> authorities.get(g.getId()))
                .filter(a -> a != null).map(Authority::divisionCode).findFirst().orElse(null);
        Set<String> roles = resource.roles().realmLevel().listAll().stream().map(RoleRepresentation::getName)
                .filter(GRANTABLE::contains).collect(Collectors.toSet());
        return new ManagedUser(user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail(),
                Boolean.TRUE.equals(user.isEnabled()), division, roles);
    }

    /** Every group with a division code, by group id. */
    private Map<String, Authority> authorities() {
        Map<String, Authority> found = new HashMap<>();
        collect(realm().groups().groups(null, 0, 1000, false), found);
        return found;
    }

    private void collect(Collection<GroupRepresentation> groups, Map<String, Authority> found) {
        for (GroupRepresentation g : groups) {
            Map<String, List<String>> attributes = g.getAttributes() == null ? Map.of() : g.getAttributes();
            List<String> code = attributes.get("divisionCode");
            if (code != null && !code.isEmpty()) {
                found.put(g.getId(), new Authority(g.getId(), g.getPath(), code.get(0), first(attributes, "level"),
                        first(attributes, "nameZh"), first(attributes, "nameEn")));
            }
            List<GroupRepresentation> children = g.getSubGroups();
            if ((children == null || children.isEmpty()) && g.getSubGroupCount() != null && g.getSubGroupCount() > 0) {
                children = realm().groups().group(g.getId()).getSubGroups(0, 1000, false);
            }
            if (children != null) {
                collect(children, found);
            }
        }
    }

    private static String first(Map<String, List<String>> attributes, String name) {
        List<String> values = attributes.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    @Override
    public List<RegistrationAuthority> authorities(Caller administrator) {
        return keycloak(() -> {
            Map<String, Authority> authorities = authorities();
            Authority own = ownAuthority(administrator, authorities);
            return authorities.values().stream().filter(own::contains)
                    .map(a -> new RegistrationAuthority(a.divisionCode(), a.nameZh(), a.nameEn(), a.level()))
                    .sorted(java.util.Comparator.comparing(RegistrationAuthority::divisionCode)).toList();
        });
    }

    private static Authority authority(String divisionCode, Map<String, Authority> authorities) {
        return authorities.values().stream().filter(a -> a.divisionCode().equals(divisionCode)).findFirst()
                .orElseThrow(() -> PlatformException.invalid("UNKNOWN_AUTHORITY",
                        "没有行政区划代码为 " + divisionCode + " 的登记管理机关",
                        "No registration authority has the division code " + divisionCode));
    }

    private static Authority ownAuthority(Caller administrator, Map<String, Authority> authorities) {
        return authorities.values().stream().filter(a -> a.divisionCode().equals(administrator.divisionCode()))
                .findFirst().orElseThrow(() -> PlatformException.forbidden(
                        "您的账号不属于任何登记管理机关，不能管理用户",
                        "Your account belongs to no registration authority, so you cannot manage users"));
    }

    private static void requireInJurisdiction(Authority own, Authority target) {
        if (target == null ? !LEVEL_NATIONAL.equals(own.level()) : !own.contains(target)) {
            throw new PlatformException(PlatformException.Kind.FORBIDDEN, "OUTSIDE_JURISDICTION",
                    "只能在本机关及下级机关范围内管理用户和角色",
                    "You can manage users and roles only in your own authority and the authorities below it");
        }
    }

    private static void requireGrantable(String role) {
        if (!GRANTABLE.contains(role)) {
            throw PlatformException.invalid("UNKNOWN_ROLE", "没有角色 " + role + "；可选：" + String.join(", ",
                    GRANTABLE.stream().sorted().toList()), "No role " + role + "; choose one of "
                    + String.join(", ", GRANTABLE.stream().sorted().toList()));
        }
    }

    private static void refuseOnSelf(Caller administrator, String username, String zh, String en) {
        if (administrator.id().equals(username)) {
            throw PlatformException.conflict("SELF_ADMINISTRATION", "不能" + zh, "You cannot " + en);
        }
    }

    private List<RoleRepresentation> roles(Set<String> names) {
        return names.stream().map(n -> realm().roles().get(n).toRepresentation()).toList();
    }

    private void publish(Caller administrator, String subject, RoleChanged.Change change, Set<String> roles,
            String divisionCode) {
        events.publishEvent(new RoleChanged(administrator.id(), subject, change, roles, divisionCode, Instant.now()));
    }

    /** Keycloak unreachable → 503; its refusals → a plain 502-free problem the administrator can act on. */
    private static <T> T keycloak(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            throw new PlatformException(PlatformException.Kind.UNAVAILABLE, "IDENTITY_PROVIDER_UNAVAILABLE",
                    "统一身份认证服务暂时无法访问，用户和角色未改动；请稍后重试",
                    "The sign-on service cannot be reached; no user or role was changed; try again shortly");
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                throw PlatformException.notFound("用户或角色", "user or role", "");
            }
            throw e;
        }
    }
}
