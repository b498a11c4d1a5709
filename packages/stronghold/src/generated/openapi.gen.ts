/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: specs/stronghold/openapi.yaml. Regenerate with `pnpm gen`; CI fails when this file drifts from the spec.
 */
/* biome-ignore-all lint: generated code */

/** Every path of the Stronghold identity engine spec with its operations (openapi-typescript). */
export interface paths {
    "/auth/token/lookup-self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the calling token
         * @description Returns the properties of the token that makes the request (policies, remaining TTL, renewability, entity, metadata). Every token may read itself (the `default` policy allows it). `data.id` is the token itself.
         */
        get: operations["lookupTokenSelf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/renew-self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew the calling token
         * @description Extends the lease of the token that makes the request, by `increment` or else by its configured TTL, never past its maximum TTL. The answer carries the new lease in `auth` (`lease_duration`). A periodic token is renewed by its period. Repeating the call only sets the expiry again from the current time, so it is safe to retry.
         */
        post: operations["renewTokenSelf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/revoke-self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the calling token
         * @description Revokes the token that makes the request together with its child tokens and the leases they created. Not marked safe to repeat, because once the token is gone a second call answers 403; after a lost first answer that 403 means the revocation already happened.
         */
        post: operations["revokeTokenSelf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/{mount}/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with an auth method mounted at a path
         * @description Logs in with the auth method mounted at `mount` and returns a new token in `auth.client_token`. Needs no token. The server picks the method by the mount's type, not by the body, so the body must be the one of that method:
         *
         *     | auth method (mount type) | usual mount | body |
         *     |---|---|---|
         *     | AppRole (`approle`) | `approle` | `AppRoleLogin`: `role_id`, and `secret_id` unless the role does not bind one |
         *     | JWT / OIDC (`jwt`, `oidc`) | `jwt` | `JwtLogin`: `jwt`, and `role` unless the mount has a default role |
         *     | Kubernetes (`kubernetes`) | `kubernetes` | `KubernetesLogin`: `role` and `jwt` (the service account token) |
         *
         *     Userpass, LDAP and RADIUS logins put the user name in the path: see `loginUserpass`.
         *
         *     When a login MFA enforcement applies, `auth.client_token` is empty and `auth.mfa_requirement` says which MFA methods must be passed to finish the login.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/{mount}/login/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with a user name and password
         * @description Logs in a user of the userpass auth method mounted at `mount` and returns a new token in `auth.client_token`. Needs no token. LDAP and RADIUS mounts take the same path and body. Userpass user names are case-insensitive (the server lowercases them). Each rejected password counts towards the server's user lockout, if enabled.
         */
        post: operations["loginUserpass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/alias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an alias (legacy path)
         * @description Creates an entity alias. Legacy path kept for compatibility; it works on entity aliases. Prefer the `/identity/entity-alias` operations.
         */
        post: operations["createAlias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/alias/id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List alias identifiers (legacy path)
         * @description Legacy path kept for compatibility; it works on entity aliases. Prefer the `/identity/entity-alias` operations.
         */
        get: operations["listAliasesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/alias/id/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an alias (legacy path)
         * @description Legacy path kept for compatibility; it works on entity aliases. Prefer the `/identity/entity-alias` operations.
         */
        get: operations["readAliasById"];
        put?: never;
        /**
         * Update an alias (legacy path)
         * @description Answers 204 when nothing changed. Legacy path kept for compatibility; it works on entity aliases. Prefer the `/identity/entity-alias` operations.
         */
        post: operations["updateAliasById"];
        /**
         * Delete an alias (legacy path)
         * @description Succeeds (204) when the alias does not exist. Legacy path kept for compatibility; it works on entity aliases. Prefer the `/identity/entity-alias` operations.
         */
        delete: operations["deleteAliasById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/entity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an entity (or update one by id or name)
         * @description Mints a new entity. When `id` or `name` names an existing entity it is updated instead and the answer is 204. Not safe to repeat without `id`/`name`: each call creates another entity.
         */
        post: operations["createEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/entity-alias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an entity alias
         * @description Links an auth-method identity (mount + name) to an entity. Without `canonical_id` a new entity is created for it. A second call with the same mount and name is refused, so the call is not safe to repeat blindly.
         */
        post: operations["createEntityAlias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/entity-alias/id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List entity alias identifiers */
        get: operations["listEntityAliasesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/entity-alias/id/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an entity alias */
        get: operations["readEntityAliasById"];
        put?: never;
        /**
         * Update an entity alias
         * @description Answers 204 when nothing changed.
         */
        post: operations["updateEntityAliasById"];
        /**
         * Delete an entity alias
         * @description Succeeds (204) also when the object does not exist.
         */
        delete: operations["deleteEntityAliasById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/entity/batch-delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete several entities at once
         * @description Unknown identifiers are skipped, so a repeated call is harmless.
         */
        post: operations["batchDeleteEntities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/entity/id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List entity identifiers */
        get: operations["listEntitiesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/entity/id/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an entity by identifier */
        get: operations["readEntityById"];
        put?: never;
        /**
         * Update an entity by identifier
         * @description Fields not sent keep their value; `metadata` and `policies` are replaced as a whole when sent.
         */
        post: operations["updateEntityById"];
        /**
         * Delete an entity by identifier
         * @description Also deletes the entity's aliases and removes it from groups. Succeeds (204) when the entity does not exist.
         */
        delete: operations["deleteEntityById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/entity/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge entities into one
         * @description Moves aliases, policies and MFA secrets of the source entities into the target and deletes the sources. When aliases of the same mount clash, the 400 error carries the clashing aliases in `data` (see `EntityMergeConflict`); repeat with one source entity and `conflicting_alias_ids_to_keep`.
         */
        post: operations["mergeEntities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/entity/name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List entity names */
        get: operations["listEntitiesByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/entity/name/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an entity by name */
        get: operations["readEntityByName"];
        put?: never;
        /**
         * Create or update an entity by name
         * @description Updates the named entity, or creates it when the name is unknown (200 with its identifiers).
         */
        post: operations["updateEntityByName"];
        /**
         * Delete an entity by name
         * @description Also deletes the entity's aliases and removes it from groups. Succeeds (204) when the entity does not exist.
         */
        delete: operations["deleteEntityByName"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a group (or update one by id or name)
         * @description Mints a new group. When `id` or `name` names an existing group it is updated instead and the answer is 204. Not safe to repeat without `id`/`name`: each call creates another group.
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/group-alias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update a group alias
         * @description Links a group known to an auth method to an external group. Without `id` a new alias is minted (and, without `canonical_id`, a new external group), so the call is not safe to repeat blindly; with `id` it updates that alias.
         */
        post: operations["createGroupAlias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/group-alias/id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List group alias identifiers */
        get: operations["listGroupAliasesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/group-alias/id/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a group alias */
        get: operations["readGroupAliasById"];
        put?: never;
        /**
         * Update a group alias
         * @description Answers 204 when nothing changed.
         */
        post: operations["updateGroupAliasById"];
        /**
         * Delete a group alias
         * @description Succeeds (204) also when the object does not exist.
         */
        delete: operations["deleteGroupAliasById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/group/id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List group identifiers */
        get: operations["listGroupsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/group/id/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a group by identifier */
        get: operations["readGroupById"];
        put?: never;
        /**
         * Update a group by identifier
         * @description Fields not sent keep their value; list fields and `metadata` are replaced as a whole when sent.
         */
        post: operations["updateGroupById"];
        /**
         * Delete a group by identifier
         * @description Succeeds (204) also when the object does not exist.
         */
        delete: operations["deleteGroupById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/group/name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List group names */
        get: operations["listGroupsByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/group/name/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a group by name */
        get: operations["readGroupByName"];
        put?: never;
        /**
         * Create or update a group by name
         * @description Updates the named group, or creates it when the name is unknown (200 with its identifiers).
         */
        post: operations["updateGroupByName"];
        /**
         * Delete a group by name
         * @description Succeeds (204) also when the object does not exist.
         */
        delete: operations["deleteGroupByName"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/lookup/entity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find an entity by id, name or alias
         * @description Read-only search. Answers 204 (no body) when nothing matches.
         */
        post: operations["lookupEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/lookup/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find a group by id, name or alias
         * @description Read-only search. Answers 204 (no body) when nothing matches.
         */
        post: operations["lookupGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/login-enforcement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List login MFA enforcements */
        get: operations["listMfaLoginEnforcements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/login-enforcement/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a login MFA enforcement */
        get: operations["readMfaLoginEnforcement"];
        put?: never;
        /** Create or replace a login MFA enforcement */
        post: operations["writeMfaLoginEnforcement"];
        /**
         * Delete a login MFA enforcement
         * @description Succeeds (204) also when the object does not exist.
         */
        delete: operations["deleteMfaLoginEnforcement"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/method": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List MFA methods of every type
         * @description Includes methods of parent namespaces.
         */
        get: operations["listMfaMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/method/duo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Duo MFA methods */
        get: operations["listMfaDuoMethods"];
        put?: never;
        /**
         * Create a Duo MFA method
         * @description Each call mints a new method identifier, so it is not safe to repeat.
         */
        post: operations["createMfaDuoMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/method/duo/{method_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a Duo MFA method */
        get: operations["readMfaDuoMethod"];
        put?: never;
        /**
         * Replace a Duo MFA method's configuration
         * @description Replaces the whole configuration; fields not sent fall back to their defaults.
         */
        post: operations["updateMfaDuoMethod"];
        /**
         * Delete a Duo MFA method
         * @description Refused (400) while a login enforcement still uses the method.
         */
        delete: operations["deleteMfaDuoMethod"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/method/okta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Okta MFA methods */
        get: operations["listMfaOktaMethods"];
        put?: never;
        /**
         * Create a Okta MFA method
         * @description Each call mints a new method identifier, so it is not safe to repeat.
         */
        post: operations["createMfaOktaMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/method/okta/{method_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a Okta MFA method */
        get: operations["readMfaOktaMethod"];
        put?: never;
        /**
         * Replace a Okta MFA method's configuration
         * @description Replaces the whole configuration; fields not sent fall back to their defaults.
         */
        post: operations["updateMfaOktaMethod"];
        /**
         * Delete a Okta MFA method
         * @description Refused (400) while a login enforcement still uses the method.
         */
        delete: operations["deleteMfaOktaMethod"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/method/pingid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List PingID MFA methods */
        get: operations["listMfaPingIdMethods"];
        put?: never;
        /**
         * Create a PingID MFA method
         * @description Each call mints a new method identifier, so it is not safe to repeat.
         */
        post: operations["createMfaPingIdMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/method/pingid/{method_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a PingID MFA method */
        get: operations["readMfaPingIdMethod"];
        put?: never;
        /**
         * Replace a PingID MFA method's configuration
         * @description Replaces the whole configuration; fields not sent fall back to their defaults.
         */
        post: operations["updateMfaPingIdMethod"];
        /**
         * Delete a PingID MFA method
         * @description Refused (400) while a login enforcement still uses the method.
         */
        delete: operations["deleteMfaPingIdMethod"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/method/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List TOTP MFA methods */
        get: operations["listMfaTotpMethods"];
        put?: never;
        /**
         * Create a TOTP MFA method
         * @description Each call mints a new method identifier, so it is not safe to repeat.
         */
        post: operations["createMfaTotpMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/method/totp/admin-destroy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove an entity's TOTP secret */
        post: operations["adminDestroyMfaTotpSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/method/totp/admin-generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a TOTP secret for an entity
         * @description Administrative form of `generateMfaTotpSecret`. The secret is returned only once; a repeat answers with a warning and no secret.
         */
        post: operations["adminGenerateMfaTotpSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/method/totp/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a TOTP secret for the caller's entity
         * @description The secret is returned only by the call that creates it; a repeat answers with a warning and no secret, so a lost response cannot be recovered by retrying (destroy and generate again).
         */
        post: operations["generateMfaTotpSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/method/totp/{method_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a TOTP MFA method */
        get: operations["readMfaTotpMethod"];
        put?: never;
        /**
         * Replace a TOTP MFA method's configuration
         * @description Replaces the whole configuration; fields not sent fall back to their defaults.
         */
        post: operations["updateMfaTotpMethod"];
        /**
         * Delete a TOTP MFA method
         * @description Refused (400) while a login enforcement still uses the method.
         */
        delete: operations["deleteMfaTotpMethod"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/mfa/method/{method_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an MFA method of any type */
        get: operations["readMfaMethod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/.well-known/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the identity token public keys
         * @description Needs no token. The body is a bare JSON Web Key Set.
         */
        get: operations["readOidcPublicKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the identity token discovery document
         * @description Needs no token. The body is the bare discovery document, not the envelope.
         */
        get: operations["readOidcOpenIdConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List OIDC assignments */
        get: operations["listOidcAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/assignment/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an OIDC assignment */
        get: operations["readOidcAssignment"];
        put?: never;
        /** Create or update an OIDC assignment */
        post: operations["writeOidcAssignment"];
        /**
         * Delete an OIDC assignment
         * @description Refused (400) while a client still references the assignment.
         */
        delete: operations["deleteOidcAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/client": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List OIDC clients */
        get: operations["listOidcClients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/client/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an OIDC client
         * @description The answer includes `client_secret` for confidential clients.
         */
        get: operations["readOidcClient"];
        put?: never;
        /**
         * Create or update an OIDC client
         * @description The client ID and (for confidential clients) secret are generated on creation; read the client to get them.
         */
        post: operations["writeOidcClient"];
        /**
         * Delete an OIDC client
         * @description Succeeds (204) also when the object does not exist.
         */
        delete: operations["deleteOidcClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read identity token settings */
        get: operations["readOidcConfig"];
        put?: never;
        /**
         * Change identity token settings
         * @description Setting `issuer` answers 200 with a warning; clearing it answers 204.
         */
        post: operations["configureOidc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/introspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check an identity token
         * @description Verifies signature, expiry and (optionally) audience. Always answers 200; `active` tells the result. The body is not enveloped.
         */
        post: operations["introspectOidcToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List named keys */
        get: operations["listOidcKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/key/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a named key */
        get: operations["readOidcKey"];
        put?: never;
        /**
         * Create or update a named key
         * @description Creates the key (and its first key pair) when it does not exist.
         */
        post: operations["writeOidcKey"];
        /**
         * Delete a named key
         * @description Refused (400) while a role or client still uses the key.
         */
        delete: operations["deleteOidcKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/key/{name}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a named key now
         * @description Each call generates another key pair, so it is not safe to repeat.
         */
        post: operations["rotateOidcKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List OIDC providers */
        get: operations["listOidcProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/provider/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an OIDC provider */
        get: operations["readOidcProvider"];
        put?: never;
        /**
         * Create or update an OIDC provider
         * @description Answers 200 with warnings when `issuer` is set or scope templates overlap; otherwise 204.
         */
        post: operations["writeOidcProvider"];
        /**
         * Delete an OIDC provider
         * @description The built-in `default` provider cannot be deleted.
         */
        delete: operations["deleteOidcProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/provider/{name}/.well-known/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a provider's public keys
         * @description Needs no token. The body is a bare JSON Web Key Set.
         */
        get: operations["readOidcProviderPublicKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/provider/{name}/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a provider's discovery document
         * @description Needs no token. The body is the bare discovery document.
         */
        get: operations["readOidcProviderOpenIdConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/provider/{name}/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Request an authorization code (query parameters)
         * @description Issues an authorization code for the end user whose token makes the call (the token must belong to an entity that the client's assignments allow). The body is bare JSON: `{code, state}` on success, an OAuth error otherwise.
         */
        get: operations["authorizeOidcProvider"];
        put?: never;
        /**
         * Request an authorization code (body parameters)
         * @description Issues an authorization code for the end user whose token makes the call (the token must belong to an entity that the client's assignments allow). The body is bare JSON: `{code, state}` on success, an OAuth error otherwise. Each call issues a fresh code; earlier codes stay valid until they expire.
         */
        post: operations["authorizeOidcProviderWithParameters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/provider/{name}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange an authorization code for tokens
         * @description Needs no server token: the client authenticates with HTTP Basic (`client_id:client_secret`, client_secret_basic) or with `client_id`/`client_secret` in the body (client_secret_post); public clients send `code_verifier` instead. The code is single use, so the call is not safe to repeat. The body is bare JSON.
         */
        post: operations["exchangeOidcProviderToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/provider/{name}/userinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the user's claims
         * @description Returns claims about the user. Send the access token from `exchangeOidcProviderToken` as `Authorization: Bearer` (not `X-Vault-Token`). The body is bare JSON.
         */
        get: operations["readOidcProviderUserInfo"];
        put?: never;
        /**
         * Read the user's claims (POST form)
         * @description Returns claims about the user. Send the access token from `exchangeOidcProviderToken` as `Authorization: Bearer` (not `X-Vault-Token`). The body is bare JSON. Same as the GET form; takes no body.
         */
        post: operations["readOidcProviderUserInfoWithPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List identity token roles */
        get: operations["listOidcRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/role/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an identity token role */
        get: operations["readOidcRole"];
        put?: never;
        /** Create or update an identity token role */
        post: operations["writeOidcRole"];
        /**
         * Delete an identity token role
         * @description Succeeds (204) also when the object does not exist.
         */
        delete: operations["deleteOidcRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/scope": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List OIDC scopes */
        get: operations["listOidcScopes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/scope/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an OIDC scope */
        get: operations["readOidcScope"];
        put?: never;
        /**
         * Create or update an OIDC scope
         * @description The name `openid` is reserved.
         */
        post: operations["writeOidcScope"];
        /**
         * Delete an OIDC scope
         * @description Refused (400) while a provider still offers the scope.
         */
        delete: operations["deleteOidcScope"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/oidc/token/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Generate an identity token for the caller
         * @description Signs a new token for the entity behind the calling token, using the role's key and template. The caller's token must belong to an entity.
         */
        get: operations["generateOidcToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/persona": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a persona (legacy alias)
         * @description Personas are the oldest name for entity aliases; prefer the `/identity/entity-alias` operations.
         */
        post: operations["createPersona"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/persona/id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List persona identifiers
         * @description Personas are the oldest name for entity aliases; prefer the `/identity/entity-alias` operations.
         */
        get: operations["listPersonasById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/persona/id/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a persona
         * @description Personas are the oldest name for entity aliases; prefer the `/identity/entity-alias` operations.
         */
        get: operations["readPersonaById"];
        put?: never;
        /**
         * Update a persona
         * @description Answers 204 when nothing changed. Personas are the oldest name for entity aliases; prefer the `/identity/entity-alias` operations.
         */
        post: operations["updatePersonaById"];
        /**
         * Delete a persona
         * @description Succeeds (204) when the persona does not exist. Personas are the oldest name for entity aliases; prefer the `/identity/entity-alias` operations.
         */
        delete: operations["deletePersonaById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/auth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the enabled auth methods
         * @description Returns every enabled auth method in `data`, keyed by mount path with a trailing slash (`approle/`, `team-a/approle/`). Each entry's `accessor` is what `mount_accessor` of entity and group aliases refers to. Reading needs `read` on `sys/auth`, which the `default` policy does not grant.
         *
         *     As on every `sys/` path the server also copies the members of `data` to the top level of the body; read them from `data`. The answer is one map, not a list, so it has no paging.
         */
        get: operations["listAuthMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/auth/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one enabled auth method
         * @description Returns the auth method mounted at `path`. The server requires the `sudo` capability on `sys/auth/<path>` besides `read`. A path with no auth method answers 400 (not 404). As on every `sys/` path the members of `data` are also copied to the top level of the body.
         */
        get: operations["readAuthMethod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/wrapping/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up a wrapping token
         * @description Returns when and where a wrapping token was created and its TTL, without using it up. Needs no token (the server does not authenticate this path); the wrapping token goes in the body. Read-only, so safe to repeat.
         */
        post: operations["readWrappingProperties"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/wrapping/rewrap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move wrapped data to a new wrapping token
         * @description Wraps the data held by a wrapping token again under a new wrapping token with the same TTL, and revokes the old one (for long-lived wrapped secrets that must not be kept under one token). Not safe to repeat. The new token is in `wrap_info`.
         */
        post: operations["rewrap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/wrapping/unwrap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unwrap a wrapping token
         * @description Returns the response a wrapping token holds and destroys the token: it works once only, so the call is not safe to repeat (a retry after a lost answer finds the token gone and fails with 400).
         *
         *     Either send the wrapping token in `token` (any token allowed to call this path authenticates the request; the `default` policy allows it), or omit `token` and send the wrapping token itself as `X-Vault-Token` (override the client's token for this call).
         *
         *     The 200 body is the wrapped response as the server first produced it, with its own `request_id`: `data` for wrapped data and secrets, `auth` for a wrapped token. A wrapped response without a body unwraps to 204.
         */
        post: operations["unwrap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/wrapping/wrap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wrap data in a new wrapping token
         * @description Stores the request body (any JSON object) under a new single-use wrapping token valid for the TTL given in `X-Vault-Wrap-TTL`, which is required here. The token is in `wrap_info`; whoever holds it can read the data once with `unwrap`. Each call mints a new token, so the call is not safe to repeat.
         */
        post: operations["wrap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Webhooks of the Stronghold identity engine spec. */
export type webhooks = Record<string, never>;
/** The Stronghold identity engine spec's schemas, parameters, responses and headers. */
export interface components {
    schemas: {
        /** @description Error body the server sends for every status of 400 and above. */
        VaultErrorResponse: {
            /** @description Error messages. Empty on a 404 for a missing object or an empty list; otherwise one or more messages. */
            errors: string[];
            /** @description Extra detail some errors carry (for example the conflicting aliases of a refused entity merge). */
            data?: unknown;
        };
        /** @description Set instead of `data` when the caller asked for response wrapping (`X-Vault-Wrap-TTL`). */
        WrapInfo: {
            /** @description Single-use token that unwraps the response. */
            token?: string;
            /** @description Accessor of the wrapping token. */
            accessor?: string;
            /** @description Seconds the wrapping token stays valid. */
            ttl?: number;
            /**
             * Format: date-time
             * @description When the wrapping token was created.
             */
            creation_time?: string;
            /** @description API path whose response was wrapped. */
            creation_path?: string;
            /** @description Accessor of a token inside the wrapped response, if any. */
            wrapped_accessor?: string;
        };
        /** @description Token block of a login or token renewal; identity endpoints leave it null. While a login waits for MFA, `client_token` and `accessor` are empty, the policy lists null, and `mfa_requirement` is set. */
        AuthInfo: {
            /** @description Token issued by a login; send it as `X-Vault-Token`. */
            client_token?: string;
            /** @description Accessor of the issued token. */
            accessor?: string;
            /** @description All policies attached to the token. */
            policies?: string[] | null;
            /** @description Policies attached directly to the token. */
            token_policies?: string[] | null;
            /** @description Policies inherited from the identity entity and its groups. */
            identity_policies?: string[];
            /** @description Metadata attached to the token. */
            metadata?: {
                [key: string]: string;
            } | null;
            /** @description Seconds until the token expires. */
            lease_duration?: number;
            /** @description Whether the token can be renewed. */
            renewable?: boolean;
            /** @description Identity entity the token belongs to. */
            entity_id?: string;
            /**
             * @description Kind of token, `service` or `batch`; another value (empty or `default`) while a login waits for MFA.
             * @example service
             * @example batch
             */
            token_type?: string;
            /** @description Whether the token has no parent. */
            orphan?: boolean;
            /** @description Remaining uses; 0 means unlimited. */
            num_uses?: number;
            mfa_requirement?: components["schemas"]["MfaRequirement"] | null;
        };
        /** @description Fields every enveloped response carries; operation-specific schemas add a typed `data`. */
        VaultResponseEnvelope: {
            /** @description Server-assigned identifier of the request, useful in audit logs. */
            request_id?: string;
            /** @description Lease identifier; empty for identity data. */
            lease_id?: string;
            /** @description Whether the lease can be renewed; false for identity data. */
            renewable?: boolean;
            /** @description Lease length in seconds; 0 for identity data. */
            lease_duration?: number;
            wrap_info?: components["schemas"]["WrapInfo"] | null;
            /** @description Non-fatal notes from the server about the request. */
            warnings?: string[] | null;
            auth?: components["schemas"]["AuthInfo"] | null;
            /** @description Type of the mount that answered (`identity`, `system`, `token`, or the auth method's type). */
            mount_type?: string;
        };
        /** @description Envelope whose `data` is free-form or null, sent by writes that only return warnings. */
        VaultResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description A duration given either as whole seconds (`3600`) or as a Go duration string (`1h`, `24h`, `90m`).
         * @example 24h
         * @example 3600
         */
        DurationInput: string | number;
        /** @description Names or identifiers returned by a list call. */
        KeyList: {
            /** @description The names or identifiers found, in the order the server returned them. */
            keys: string[];
        };
        /** @description List result holding only `keys`. */
        KeyListResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["KeyList"];
        };
        /** @description Short form of an alias used inside list results. */
        AliasSummary: {
            /** @description Alias identifier. */
            id?: string;
            /** @description Alias name, as the auth method reports the user or group. */
            name?: string;
            /** @description Accessor of the auth mount the alias belongs to. */
            mount_accessor?: string;
            /** @description Path of that auth mount. */
            mount_path?: string;
            /** @description Type of that auth mount (for example `userpass`, `oidc`). */
            mount_type?: string;
        };
        /** @description An entity alias or group alias as read back from the server. */
        AliasData: {
            /** @description Alias identifier. */
            id?: string;
            /** @description Alias name, as the auth method reports the user or group. */
            name?: string;
            /** @description Accessor of the auth mount the alias belongs to. */
            mount_accessor?: string;
            /** @description Path of that auth mount. */
            mount_path?: string;
            /** @description Type of that auth mount (for example `userpass`, `oidc`). */
            mount_type?: string;
            /** @description Entity (or, for a group alias, group) the alias is attached to. */
            canonical_id?: string;
            /** @description Metadata set by the auth method at login. */
            metadata?: {
                [key: string]: string;
            } | null;
            /** @description Metadata set by an operator on the alias. */
            custom_metadata?: {
                [key: string]: string;
            } | null;
            /** @description Entities this alias was moved from by merges. */
            merged_from_canonical_ids?: string[] | null;
            /** @description Namespace that owns the alias. */
            namespace_id?: string;
            /** @description Whether the alias is local to this cluster (not replicated). */
            local?: boolean;
            /**
             * Format: date-time
             * @description When the alias was created.
             */
            creation_time?: string;
            /**
             * Format: date-time
             * @description When the alias last changed.
             */
            last_update_time?: string;
        };
        /** @description Identifiers returned after an alias write. */
        AliasWriteResult: {
            /** @description Identifier of the alias that was created or changed. */
            id: string;
            /** @description Entity (or group) the alias is now attached to. */
            canonical_id: string;
        };
        /** @description Per-alias detail in an alias list. */
        AliasKeyInfo: {
            /** @description Alias identifier. */
            id?: string;
            /** @description Alias name, as the auth method reports the user or group. */
            name?: string;
            /** @description Accessor of the auth mount the alias belongs to. */
            mount_accessor?: string;
            /** @description Path of that auth mount. */
            mount_path?: string;
            /** @description Type of that auth mount (for example `userpass`, `oidc`). */
            mount_type?: string;
            /** @description Entity (or group) the alias is attached to. */
            canonical_id?: string;
            /** @description Operator-set metadata. */
            custom_metadata?: {
                [key: string]: string;
            } | null;
            /** @description Auth-method metadata. */
            metadata?: {
                [key: string]: string;
            } | null;
            /** @description Whether the alias is local to this cluster. */
            local?: boolean;
        };
        /** @description Alias identifiers with a summary of each. */
        AliasKeyList: {
            /** @description The names or identifiers found, in the order the server returned them. */
            keys: string[];
            /** @description Summary per alias identifier. */
            key_info?: {
                [key: string]: components["schemas"]["AliasKeyInfo"];
            };
        };
        /** @description An alias. */
        AliasResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["AliasData"];
        };
        /** @description Identifiers of the written alias. */
        AliasWriteResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["AliasWriteResult"];
        };
        /** @description Alias identifiers. */
        AliasListResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["AliasKeyList"];
        };
        /** @description An identity entity as read back from the server. */
        EntityData: {
            /** @description Entity identifier (UUID). */
            id?: string;
            /** @description Entity name, unique in its namespace. */
            name?: string;
            /** @description When true, tokens of this entity are refused (but not revoked). */
            disabled?: boolean;
            /** @description Operator-set metadata. */
            metadata?: {
                [key: string]: string;
            } | null;
            /** @description Policies granted to every token of the entity. */
            policies?: string[];
            /** @description Aliases that map auth-method identities to this entity. */
            aliases?: components["schemas"]["AliasData"][];
            /** @description Groups the entity is a direct member of. */
            direct_group_ids?: string[];
            /** @description Groups the entity belongs to through nested groups. */
            inherited_group_ids?: string[];
            /** @description Union of direct and inherited group identifiers. */
            group_ids?: string[];
            /** @description Entities that were merged into this one. */
            merged_entity_ids?: string[] | null;
            /** @description Namespace that owns the entity. */
            namespace_id?: string;
            /**
             * Format: date-time
             * @description When the entity was created.
             */
            creation_time?: string;
            /**
             * Format: date-time
             * @description When the entity last changed.
             */
            last_update_time?: string;
        };
        /** @description Identifiers returned when a write created an entity. */
        EntityWriteResult: {
            /** @description Identifier of the new entity. */
            id: string;
            /** @description Name of the new entity (generated when none was given). */
            name: string;
            /** @description Alias identifiers of the entity; null for a new entity. */
            aliases?: string[] | null;
        };
        /** @description Per-entity detail in an entity list. */
        EntityKeyInfo: {
            /** @description Entity name. */
            name?: string;
            /** @description Aliases of the entity; absent when it has none. */
            aliases?: components["schemas"]["AliasSummary"][];
        };
        /** @description Entity identifiers or names with a summary of each. */
        EntityKeyList: {
            /** @description The names or identifiers found, in the order the server returned them. */
            keys: string[];
            /** @description Summary per entity, keyed by entity **identifier** (also when the list is by name). */
            key_info?: {
                [key: string]: components["schemas"]["EntityKeyInfo"];
            };
        };
        /** @description An entity. */
        EntityResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["EntityData"];
        };
        /** @description Identifiers of the created entity. */
        EntityWriteResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["EntityWriteResult"];
        };
        /** @description Entity identifiers or names. */
        EntityListResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["EntityKeyList"];
        };
        /** @description One alias involved in a merge clash; sent in the `data` array of the 400 error of `mergeEntities`. */
        EntityMergeConflict: {
            /** @description Name of an alias involved in the clash. */
            alias?: string;
            /** @description Name of the entity holding that alias. */
            entity?: string;
            /** @description Identifier of that entity. */
            entity_id?: string;
            /** @description Type of the auth mount shared by the clashing aliases. */
            mount?: string;
            /** @description Path of that auth mount. */
            mount_path?: string;
        };
        /** @description An identity group as read back from the server. */
        GroupData: {
            /** @description Group identifier (UUID). */
            id?: string;
            /** @description Group name, unique in its namespace. */
            name?: string;
            /**
             * @description Internal groups list members explicitly; external groups get members from an auth method through their alias.
             * @enum {string}
             */
            type?: "internal" | "external";
            /** @description Policies granted to members. */
            policies?: string[] | null;
            /** @description Operator-set metadata. */
            metadata?: {
                [key: string]: string;
            } | null;
            /** @description Entities that are direct members. */
            member_entity_ids?: string[] | null;
            /** @description Groups that are members (subgroups). */
            member_group_ids?: string[] | null;
            /** @description Groups this group is a member of. */
            parent_group_ids?: string[] | null;
            /** @description Group alias of an external group; an empty object when there is none. */
            alias?: components["schemas"]["AliasData"] | Record<string, never>;
            /** @description Counter raised on every change of the group. */
            modify_index?: number;
            /** @description Namespace that owns the group. */
            namespace_id?: string;
            /**
             * Format: date-time
             * @description When the group was created.
             */
            creation_time?: string;
            /**
             * Format: date-time
             * @description When the group last changed.
             */
            last_update_time?: string;
        };
        /** @description Identifiers returned when a write created a group. */
        GroupWriteResult: {
            /** @description Identifier of the new group. */
            id: string;
            /** @description Name of the new group (generated when none was given). */
            name: string;
        };
        /** @description Per-group detail in a group list. */
        GroupKeyInfo: {
            /** @description Group name. */
            name?: string;
            /** @description Number of direct member entities. */
            num_member_entities?: number;
            /** @description Number of parent groups. */
            num_parent_groups?: number;
            alias?: components["schemas"]["AliasSummary"];
        };
        /** @description Group identifiers or names with a summary of each. */
        GroupKeyList: {
            /** @description The names or identifiers found, in the order the server returned them. */
            keys: string[];
            /** @description Summary per group, keyed by group **identifier** (also when the list is by name). */
            key_info?: {
                [key: string]: components["schemas"]["GroupKeyInfo"];
            };
        };
        /** @description A group. */
        GroupResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["GroupData"];
        };
        /** @description Identifiers of the created group. */
        GroupWriteResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["GroupWriteResult"];
        };
        /** @description Group identifiers or names. */
        GroupListResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["GroupKeyList"];
        };
        /** @description TOTP login MFA method configuration. */
        TotpMethod: {
            /**
             * @description Method type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "totp";
            /**
             * Format: uuid
             * @description Method identifier (UUID).
             */
            id: string;
            /** @description Unique name given to the method (`method_name` on write). */
            name?: string;
            /** @description Namespace that owns the method. */
            namespace_id?: string;
            /** @description Path of that namespace; empty for the root namespace. */
            namespace_path?: string;
            /** @description Issuer shown in authenticator apps. */
            issuer?: string;
            /** @description Seconds each code is valid. */
            period?: number;
            /**
             * @description Digits per code.
             * @enum {integer}
             */
            digits?: 6 | 8;
            /**
             * @description Periods of clock drift accepted.
             * @enum {integer}
             */
            skew?: 0 | 1;
            /** @description Size of the generated secret in bytes. */
            key_size?: number;
            /** @description Pixel size of the generated QR code; 0 means no QR code. */
            qr_size?: number;
            /**
             * @description Hash algorithm.
             * @enum {string}
             */
            algorithm?: "SHA1" | "SHA256" | "SHA512";
            /** @description Failed validations allowed before the entity is locked out. */
            max_validation_attempts?: number;
        };
        /** @description Okta login MFA method configuration (the API token is never returned). */
        OktaMethod: {
            /**
             * @description Method type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "okta";
            /**
             * Format: uuid
             * @description Method identifier (UUID).
             */
            id: string;
            /** @description Unique name given to the method (`method_name` on write). */
            name?: string;
            /** @description Namespace that owns the method. */
            namespace_id?: string;
            /** @description Path of that namespace; empty for the root namespace. */
            namespace_path?: string;
            /** @description Okta organisation name. */
            org_name?: string;
            /** @description Okta API domain, when set. */
            base_url?: string;
            /**
             * @deprecated
             * @description Legacy switch, sent instead of `base_url` for old configurations.
             */
            production?: boolean;
            /** @description Auth mount whose alias names feed `username_format`. */
            mount_accessor?: string;
            /** @description Template mapping identity names to the provider's user names. */
            username_format?: string;
        };
        /** @description Duo login MFA method configuration (the secret key is never returned). */
        DuoMethod: {
            /**
             * @description Method type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "duo";
            /**
             * Format: uuid
             * @description Method identifier (UUID).
             */
            id: string;
            /** @description Unique name given to the method (`method_name` on write). */
            name?: string;
            /** @description Namespace that owns the method. */
            namespace_id?: string;
            /** @description Path of that namespace; empty for the root namespace. */
            namespace_path?: string;
            /** @description Duo API host. */
            api_hostname?: string;
            /** @description Extra push information sent to Duo (note the spelling differs from `push_info` on write). */
            pushinfo?: string;
            /** @description Whether users are reminded to enter a passcode. */
            use_passcode?: boolean;
            /** @description Auth mount whose alias names feed `username_format`. */
            mount_accessor?: string;
            /** @description Template mapping identity names to the provider's user names. */
            username_format?: string;
        };
        /** @description PingID login MFA method configuration (the settings token is never returned). */
        PingIdMethod: {
            /**
             * @description Method type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "pingid";
            /**
             * Format: uuid
             * @description Method identifier (UUID).
             */
            id: string;
            /** @description Unique name given to the method (`method_name` on write). */
            name?: string;
            /** @description Namespace that owns the method. */
            namespace_id?: string;
            /** @description Path of that namespace; empty for the root namespace. */
            namespace_path?: string;
            /** @description Whether requests to PingID are signed. */
            use_signature?: boolean;
            /** @description PingID identity provider URL from the settings file. */
            idp_url?: string;
            /** @description PingID organisation alias. */
            org_alias?: string;
            /** @description PingID admin URL. */
            admin_url?: string;
            /** @description PingID authenticator URL. */
            authenticator_url?: string;
            /** @description Auth mount whose alias names feed `username_format`. */
            mount_accessor?: string;
            /** @description Template mapping identity names to the provider's user names. */
            username_format?: string;
        };
        /** @description A login MFA method of any type; `type` tells which. */
        MfaMethod: components["schemas"]["TotpMethod"] | components["schemas"]["OktaMethod"] | components["schemas"]["DuoMethod"] | components["schemas"]["PingIdMethod"];
        /** @description Identifier returned when an MFA method is created. */
        MfaMethodCreated: {
            /**
             * Format: uuid
             * @description Identifier of the new method.
             */
            method_id: string;
        };
        /** @description Method identifiers with the configuration of each. */
        MfaMethodKeyList: {
            /** @description The names or identifiers found, in the order the server returned them. */
            keys: string[];
            /** @description Configuration per method identifier. */
            key_info?: {
                [key: string]: components["schemas"]["MfaMethod"];
            };
        };
        /** @description An MFA method of any type. */
        MfaMethodResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["MfaMethod"];
        };
        /** @description A TOTP method. */
        TotpMethodResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["TotpMethod"];
        };
        /** @description An Okta method. */
        OktaMethodResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["OktaMethod"];
        };
        /** @description A Duo method. */
        DuoMethodResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["DuoMethod"];
        };
        /** @description A PingID method. */
        PingIdMethodResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["PingIdMethod"];
        };
        /** @description Identifier of the new method. */
        MfaMethodCreatedResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["MfaMethodCreated"];
        };
        /** @description MFA method identifiers. */
        MfaMethodListResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["MfaMethodKeyList"];
        };
        /** @description A freshly generated TOTP secret. It is shown once only. */
        TotpSecret: {
            /** @description `otpauth://` URL holding the shared secret. */
            url: string;
            /** @description PNG QR code of that URL, base64-encoded; empty when the method's `qr_size` is 0. */
            barcode: string;
        };
        /** @description The generated TOTP secret, or (when the entity already has one) only a warning and `data: null`. */
        TotpSecretResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data?: components["schemas"]["TotpSecret"] | null;
        };
        /** @description A login MFA enforcement: which logins must pass which MFA methods. */
        LoginEnforcement: {
            /** @description Enforcement identifier (UUID). */
            id?: string;
            /** @description Enforcement name. */
            name?: string;
            /** @description Namespace that owns the enforcement. */
            namespace_id?: string;
            /** @description Path of that namespace. */
            namespace_path?: string;
            /** @description MFA methods required at login. */
            mfa_method_ids?: string[];
            /** @description Auth mounts the enforcement applies to. */
            auth_method_accessors?: string[];
            /** @description Auth method types the enforcement applies to. */
            auth_method_types?: string[];
            /** @description Groups whose members must pass MFA. */
            identity_group_ids?: string[];
            /** @description Entities that must pass MFA. */
            identity_entity_ids?: string[];
        };
        /** @description Enforcement names with the configuration of each. */
        LoginEnforcementKeyList: {
            /** @description The names or identifiers found, in the order the server returned them. */
            keys: string[];
            /** @description Configuration per enforcement name. */
            key_info?: {
                [key: string]: components["schemas"]["LoginEnforcement"];
            };
        };
        /** @description A login enforcement. */
        LoginEnforcementResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["LoginEnforcement"];
        };
        /** @description Login enforcement names. */
        LoginEnforcementListResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["LoginEnforcementKeyList"];
        };
        /** @description Identity token settings. */
        OidcConfig: {
            /** @description Issuer used in the `iss` claim of identity tokens; empty means the server's API address. */
            issuer?: string;
        };
        /** @description Identity token settings. */
        OidcConfigResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["OidcConfig"];
        };
        /** @description A named signing key. */
        OidcKey: {
            /**
             * @description Signing algorithm.
             * @enum {string}
             */
            algorithm?: "RS256" | "RS384" | "RS512" | "ES256" | "ES384" | "ES512" | "EdDSA";
            /** @description Role or client IDs allowed to sign with this key; `*` allows all. */
            allowed_client_ids?: string[];
            /** @description Seconds between automatic key rotations. */
            rotation_period?: number;
            /** @description Seconds a rotated-out public key stays published. */
            verification_ttl?: number;
        };
        /** @description A named signing key. */
        OidcKeyResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["OidcKey"];
        };
        /** @description A role that identity tokens are generated for. */
        OidcRole: {
            /** @description Signing key used for tokens of this role. */
            key?: string;
            /** @description Claims template added to the token. */
            template?: string;
            /** @description Token lifetime in seconds. */
            ttl?: number;
            /** @description `aud` claim of tokens of this role. */
            client_id?: string;
        };
        /** @description An identity token role. */
        OidcRoleResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["OidcRole"];
        };
        /** @description A freshly signed identity token. */
        OidcIdentityToken: {
            /** @description Signed identity token (JWT). */
            token: string;
            /** @description Audience of the token (the role's client ID). */
            client_id?: string;
            /** @description Token lifetime in seconds. */
            ttl?: number;
        };
        /** @description A signed identity token. */
        OidcIdentityTokenResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["OidcIdentityToken"];
        };
        /** @description Introspection result (sent as a bare JSON body, not inside the envelope). */
        OidcIntrospection: {
            /** @description True when the token is valid and active. */
            active: boolean;
            /** @description Why the token was rejected; present only when `active` is false. */
            error?: string;
        };
        /** @description A public JSON Web Key. */
        Jwk: {
            /** @description Key type (`RSA`, `EC`, `OKP`). */
            kty: string;
            /** @description Key identifier, matches the `kid` header of tokens. */
            kid: string;
            /** @description Intended use (`sig`). */
            use?: string;
            /** @description Signing algorithm. */
            alg?: string;
            /** @description RSA modulus (base64url). */
            n?: string;
            /** @description RSA exponent (base64url). */
            e?: string;
            /** @description Curve of an EC or OKP key. */
            crv?: string;
            /** @description X coordinate or public key (base64url). */
            x?: string;
            /** @description Y coordinate of an EC key (base64url). */
            y?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description JSON Web Key Set (bare JSON body). */
        Jwks: {
            /** @description Public keys in use or still valid for verification. */
            keys: components["schemas"]["Jwk"][];
        };
        /** @description OpenID discovery document for identity tokens (bare JSON body). */
        OidcDiscovery: {
            /** @description Issuer of identity tokens. */
            issuer?: string;
            /**
             * Format: uri
             * @description URL of the public key set.
             */
            jwks_uri?: string;
            /** @description Response types supported. */
            response_types_supported?: string[];
            /** @description Subject identifier types supported. */
            subject_types_supported?: string[];
            /** @description Signing algorithms in use. */
            id_token_signing_alg_values_supported?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description OpenID discovery document of a named provider (bare JSON body). */
        OidcProviderDiscovery: {
            /** @description Issuer of the provider. */
            issuer?: string;
            /**
             * Format: uri
             * @description URL of the provider's public key set.
             */
            jwks_uri?: string;
            /**
             * Format: uri
             * @description URL of the authorization endpoint (in the web UI).
             */
            authorization_endpoint?: string;
            /**
             * Format: uri
             * @description URL of the token endpoint.
             */
            token_endpoint?: string;
            /**
             * Format: uri
             * @description URL of the userinfo endpoint.
             */
            userinfo_endpoint?: string;
            /** @description Whether the `request` parameter is supported (false). */
            request_parameter_supported?: boolean;
            /** @description Whether the `request_uri` parameter is supported (false). */
            request_uri_parameter_supported?: boolean;
            /** @description ID token signing algorithms. */
            id_token_signing_alg_values_supported?: string[];
            /** @description Response types (`code`). */
            response_types_supported?: string[];
            /** @description Scopes, always including `openid`. */
            scopes_supported?: string[];
            /** @description Claims the provider can return. */
            claims_supported?: string[];
            /** @description Subject identifier types (`public`). */
            subject_types_supported?: string[];
            /** @description Grant types accepted at the token endpoint. */
            grant_types_supported?: string[];
            /** @description Client authentication methods at the token endpoint. */
            token_endpoint_auth_methods_supported?: string[];
            /** @description PKCE methods, where the server lists them. */
            code_challenge_methods_supported?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description An OIDC relying-party client. */
        OidcClient: {
            /** @description Generated client identifier. */
            client_id?: string;
            /** @description Generated client secret; only for confidential clients. */
            client_secret?: string;
            /**
             * @description Whether the client can keep a secret.
             * @enum {string}
             */
            client_type?: "confidential" | "public";
            /** @description Allowed redirect URIs. */
            redirect_uris?: string[];
            /** @description Assignments that decide which entities may use the client. */
            assignments?: string[];
            /** @description Signing key used for ID tokens. */
            key?: string;
            /** @description ID token lifetime in seconds. */
            id_token_ttl?: number;
            /** @description Access token lifetime in seconds. */
            access_token_ttl?: number;
        };
        /** @description Client names with the settings of each. */
        OidcClientKeyList: {
            /** @description The names or identifiers found, in the order the server returned them. */
            keys: string[];
            /** @description Settings per client name (servers that send it). */
            key_info?: {
                [key: string]: components["schemas"]["OidcClient"];
            };
        };
        /** @description An OIDC client. */
        OidcClientResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["OidcClient"];
        };
        /** @description OIDC client names. */
        OidcClientListResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["OidcClientKeyList"];
        };
        /** @description An assignment of entities and groups to OIDC clients. */
        OidcAssignment: {
            /** @description Entities covered by the assignment. */
            entity_ids?: string[];
            /** @description Groups covered by the assignment. */
            group_ids?: string[];
        };
        /** @description An OIDC assignment. */
        OidcAssignmentResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["OidcAssignment"];
        };
        /** @description An OIDC scope. */
        OidcScope: {
            /** @description Claims template for the scope. */
            template?: string;
            /** @description Free-text description. */
            description?: string;
        };
        /** @description An OIDC scope. */
        OidcScopeResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["OidcScope"];
        };
        /** @description A named OIDC provider. */
        OidcProvider: {
            /** @description Effective issuer URL of the provider (includes the provider path). */
            issuer?: string;
            /** @description Client IDs allowed to use the provider; `*` allows all. */
            allowed_client_ids?: string[];
            /** @description Scopes the provider offers besides `openid`. */
            scopes_supported?: string[];
        };
        /** @description Provider names with the settings of each. */
        OidcProviderKeyList: {
            /** @description The names or identifiers found, in the order the server returned them. */
            keys: string[];
            /** @description Settings per provider name. */
            key_info?: {
                [key: string]: components["schemas"]["OidcProvider"];
            };
        };
        /** @description An OIDC provider. */
        OidcProviderResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["OidcProvider"];
        };
        /** @description OIDC provider names. */
        OidcProviderListResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["OidcProviderKeyList"];
        };
        /** @description Successful authorization result (bare JSON body). */
        OidcAuthorization: {
            /** @description Authorization code to exchange at the token endpoint. */
            code: string;
            /** @description The `state` value sent with the request. */
            state?: string;
        };
        /** @description Error body of the provider's authorization, token and userinfo endpoints. */
        OidcOAuthError: {
            /** @description OAuth 2.0 / OpenID error code (for example `invalid_request`, `invalid_client`, `invalid_grant`, `access_denied`, `invalid_token`). */
            error: string;
            /** @description Human-readable detail. */
            error_description?: string;
            /** @description The `state` value of an authorization request. */
            state?: string;
        };
        /** @description Token endpoint result (bare JSON body). */
        OidcTokenSet: {
            /** @description Always `Bearer`. */
            token_type: string;
            /** @description Access token; send it as `Authorization: Bearer` to the userinfo endpoint. */
            access_token: string;
            /** @description Signed ID token (JWT). */
            id_token?: string;
            /** @description Seconds until the access token expires. */
            expires_in: number;
        };
        /** @description Claims about the user; `sub` plus whatever the requested scopes' templates produce (bare JSON body). */
        OidcUserInfo: {
            /** @description Entity identifier of the user. */
            sub: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Entity fields shared by create and update. */
        EntityAttributes: {
            /** @description When true, tokens of the entity are refused (not revoked). */
            disabled?: boolean;
            /** @description Key-value metadata; replaces the stored metadata when given. */
            metadata?: {
                [key: string]: string;
            };
            /** @description Policies to grant; replaces the stored list when given. */
            policies?: string[];
        };
        /** @description Group fields shared by create and update. */
        GroupAttributes: {
            /** @description Policies to grant; replaces the stored list when given. */
            policies?: string[];
            /** @description Key-value metadata; replaces the stored metadata when given. */
            metadata?: {
                [key: string]: string;
            };
            /** @description Entities that are members (internal groups only); replaces the stored list. */
            member_entity_ids?: string[];
            /** @description Groups that are members (internal groups only); replaces the stored list. */
            member_group_ids?: string[];
        };
        /** @description Body of `exchangeOidcProviderToken`. */
        OidcTokenExchange: {
            /**
             * @description Grant type.
             * @enum {string}
             */
            grant_type: "authorization_code";
            /** @description Authorization code from the authorize endpoint (single use). */
            code: string;
            /** @description The redirect URI sent to the authorize endpoint. */
            redirect_uri: string;
            /** @description Client identifier (client_secret_post); omit when using HTTP Basic. */
            client_id?: string;
            /** @description Client secret (client_secret_post) of a confidential client. */
            client_secret?: string;
            /** @description PKCE code verifier matching the earlier code challenge. */
            code_verifier?: string;
        };
        /** @description 400 body of a merge refused because aliases clash. */
        EntityMergeError: components["schemas"]["VaultErrorResponse"] & {
            /** @description Every alias involved in a clash. */
            data?: components["schemas"]["EntityMergeConflict"][];
        };
        /** @description One MFA method that can satisfy an enforcement during login. */
        MfaMethodConstraint: {
            /**
             * @description Method type.
             * @enum {string}
             */
            type?: "totp" | "okta" | "duo" | "pingid";
            /** @description MFA method identifier. */
            id?: string;
            /** @description Whether the method needs a passcode from the user (TOTP, Duo passcode) rather than a push. */
            uses_passcode?: boolean;
            /** @description Method name, when it has one. */
            name?: string;
        };
        /** @description Set on a login that an MFA enforcement applies to. The login is not finished and no token is issued until the MFA is validated against `mfa_request_id`. */
        MfaRequirement: {
            /** @description Identifier to send with the MFA validation. */
            mfa_request_id?: string;
            /** @description Per enforcement name, the methods that can satisfy it; one method of each `any` list must be passed. */
            mfa_constraints?: {
                [key: string]: {
                    any?: components["schemas"]["MfaMethodConstraint"][];
                };
            };
        };
        /**
         * AppRole login
         * @description Login body of an AppRole mount.
         */
        AppRoleLogin: {
            /** @description Role ID of the AppRole role. */
            role_id: string;
            /** @description Secret ID issued for the role; needed unless the role does not bind secret IDs. */
            secret_id?: string;
        };
        /**
         * JWT / OIDC login
         * @description Login body of a JWT or OIDC mount (the direct JWT login; the browser OIDC flow uses other paths).
         */
        JwtLogin: {
            /** @description Role to log in with (the server lowercases it); the mount's default role when omitted. */
            role?: string;
            /** @description Signed JWT (or OIDC ID token) to log in with. */
            jwt: string;
        };
        /**
         * Kubernetes login
         * @description Login body of a Kubernetes mount.
         */
        KubernetesLogin: {
            /** @description Role to log in with. */
            role: string;
            /** @description The pod's service account token. */
            jwt: string;
        };
        /** @description Answer of a login or token renewal; the token and its lease are in `auth`, `data` is null. */
        AuthResponse: components["schemas"]["VaultResponseEnvelope"] & {
            auth: components["schemas"]["AuthInfo"];
        };
        /** @description Properties of a token. */
        TokenLookupData: {
            /** @description The token itself. Not marked `x-trustplane-secret` (that list is by field name and would mask every `id` of every body); the client masks this field of `lookupTokenSelf` answers by operation instead (see NOTES.md). */
            id: string;
            /** @description Accessor of the token (empty for batch tokens). */
            accessor: string;
            /** @description Policies attached to the token. */
            policies: string[];
            /** @description Policies inherited from the token's entity and its groups. */
            identity_policies?: string[];
            /** @description Policies inherited in other namespaces, per namespace identifier. */
            external_namespace_policies?: {
                [key: string]: string[];
            };
            /** @description API path that created the token (for example `auth/approle/login`). */
            path: string;
            /** @description Metadata attached to the token by the auth method. */
            meta?: {
                [key: string]: string;
            } | null;
            /** @description Display name derived from the login (for example `approle` or `userpass-alice`). */
            display_name: string;
            /** @description Remaining uses; 0 means unlimited. */
            num_uses: number;
            /** @description Whether the token has no parent. */
            orphan: boolean;
            /** @description When the token was created, in Unix seconds. */
            creation_time: number;
            /** @description TTL the token was created with, in seconds. */
            creation_ttl: number;
            /**
             * Format: date-time
             * @description When the token expires; null for a token that never does (root).
             */
            expire_time: string | null;
            /**
             * Format: date-time
             * @description When the token was issued.
             */
            issue_time?: string;
            /**
             * Format: date-time
             * @description When the token was last renewed; absent if never.
             */
            last_renewal?: string;
            /** @description The same, in Unix seconds. */
            last_renewal_time?: number;
            /** @description Seconds left before the token expires; 0 for a token that never expires. */
            ttl: number;
            /** @description Hard limit on the token's life in seconds; 0 when none. */
            explicit_max_ttl: number;
            /** @description Renewal period in seconds of a periodic token. */
            period?: number;
            /** @description Whether the token can be renewed. */
            renewable?: boolean;
            /** @description Identity entity the token belongs to; empty when none. */
            entity_id: string;
            /** @description Token role the token was created against, if any. */
            role?: string;
            /** @description Client addresses the token may be used from. */
            bound_cidrs?: string[];
            /** @description Namespace the token belongs to, when not the root namespace. */
            namespace_path?: string;
            /**
             * @description Kind of token.
             * @enum {string}
             */
            type: "service" | "batch";
        };
        /** @description Properties of the calling token. */
        TokenLookupResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["TokenLookupData"];
        };
        /** @description Tuning of an auth mount. Servers add settings over time, so other members may appear. */
        AuthMountConfig: {
            /** @description Default TTL in seconds of tokens from this mount; 0 means the server default. */
            default_lease_ttl?: number;
            /** @description Maximum TTL in seconds; 0 means the server default. */
            max_lease_ttl?: number;
            /** @description Whether caching is disabled for the mount. */
            force_no_cache?: boolean;
            /** @description Kind of token the mount issues (`default-service`, `default-batch`, `service`, `batch`). */
            token_type?: string;
            /** @description Whether the mount is listed for unauthenticated UI users (`unauth`, `hidden` or empty). */
            listing_visibility?: string;
            /** @description Request keys the audit log does not hash. */
            audit_non_hmac_request_keys?: string[];
            /** @description Response keys the audit log does not hash. */
            audit_non_hmac_response_keys?: string[];
            /** @description Request headers passed to the auth method. */
            passthrough_request_headers?: string[];
            /** @description Response headers the auth method may set. */
            allowed_response_headers?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description An enabled auth method. */
        AuthMount: {
            /** @description Auth method type (`approle`, `jwt`, `oidc`, `kubernetes`, `userpass`, `token`, ...). */
            type: string;
            /** @description Accessor of the mount (`auth_<type>_<id>`); aliases refer to the mount by it (`mount_accessor`). */
            accessor: string;
            /** @description Operator-written description. */
            description: string;
            config: components["schemas"]["AuthMountConfig"];
            /** @description Whether the mount is local to this cluster (not replicated). */
            local: boolean;
            /** @description Whether seal wrapping is on for the mount. */
            seal_wrap: boolean;
            /** @description Whether the mount may use the external entropy source. */
            external_entropy_access?: boolean;
            /** @description Options the method was enabled with. */
            options?: {
                [key: string]: string;
            } | null;
            /** @description Unique identifier of the mount. */
            uuid?: string;
            /** @description Plugin version pinned for the mount; empty for the built-in one. */
            plugin_version?: string;
            /** @description Plugin version the mount runs. */
            running_plugin_version?: string;
            /** @description SHA-256 of the running external plugin binary; empty for built-in plugins. */
            running_sha256?: string;
            /** @description Deprecation status of a built-in method (`supported`, `deprecated`, ...). */
            deprecation_status?: string;
        };
        /** @description Enabled auth methods. */
        AuthMountListResponse: components["schemas"]["VaultResponseEnvelope"] & {
            /** @description Auth methods keyed by mount path with a trailing `/` (`token/`, `approle/`, `team-a/approle/`). */
            data: {
                [key: string]: components["schemas"]["AuthMount"];
            };
        };
        /** @description One enabled auth method. */
        AuthMountResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["AuthMount"];
        };
        /** @description Properties of a wrapping token. */
        WrappingProperties: {
            /** @description API path whose response the token wraps (`sys/wrapping/wrap` for `wrap`). */
            creation_path: string;
            /**
             * Format: date-time
             * @description When the token was created.
             */
            creation_time: string;
            /** @description TTL in seconds the token was created with. */
            creation_ttl: number;
        };
        /** @description Properties of a wrapping token. */
        WrappingPropertiesResponse: components["schemas"]["VaultResponseEnvelope"] & {
            data: components["schemas"]["WrappingProperties"];
        };
        /** @description Answer that carries a new wrapping token in `wrap_info` instead of data; `data` and `auth` are null. */
        WrappedResponse: components["schemas"]["VaultResponseEnvelope"] & {
            wrap_info: components["schemas"]["WrapInfo"];
        };
        /** @description The response held by a wrapping token, as first produced (its own `request_id`, lease fields, `data` or `auth`). */
        UnwrappedResponse: components["schemas"]["VaultResponseEnvelope"] & {
            /** @description Wrapped data or secret; null when a token was wrapped. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
    };
    responses: {
        /** @description Done; no body (the server sends 200 with a body instead when it has warnings). */
        NoContent: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The request was invalid (bad field value, unknown reference, name clash). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaultErrorResponse"];
            };
        };
        /** @description Missing, expired or invalid token, or the token's policies do not allow this path. The server uses 403 for all of these. */
        PermissionDenied: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaultErrorResponse"];
            };
        };
        /** @description No such object. The body is `{"errors": []}`. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaultErrorResponse"];
            };
        };
        /** @description Nothing to list. The server answers an empty list with 404 and `{"errors": []}`; clients must read it as an empty result. */
        EmptyList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaultErrorResponse"];
            };
        };
        /** @description The node has not yet caught up with a write the request depends on (eventual consistency between nodes). Safe to retry after a short delay. */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaultErrorResponse"];
            };
        };
        /** @description A rate-limit quota was hit. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying; sent only when the quota is configured to send it. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaultErrorResponse"];
            };
        };
        /** @description Server-side failure. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaultErrorResponse"];
            };
        };
        /** @description The server is sealed, in maintenance, or a standby that cannot serve the request. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaultErrorResponse"];
            };
        };
        /** @description Any other error status; the body uses the same error shape. */
        UnexpectedError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaultErrorResponse"];
            };
        };
        /** @description Error from the provider's OAuth endpoints: an OAuth error body, or the server's own error envelope for failures before the handler runs (sealed, rate limited). */
        OidcEndpointError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OidcOAuthError"] | components["schemas"]["VaultErrorResponse"];
            };
        };
        /** @description The login was refused or the body is wrong for the mount (unknown role, invalid role ID or secret ID, wrong user name or password, invalid or expired JWT). Do not retry with the same credentials. */
        LoginRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaultErrorResponse"];
            };
        };
        /** @description The login is not allowed (bound CIDRs or claims not met, user locked out), or there is no auth method at that mount path. */
        LoginDenied: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaultErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
        Namespace: string;
        /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
        List: "true";
        /** @description Entity identifier. */
        EntityId: string;
        /** @description Entity name (URL-encode it). */
        EntityName: string;
        /** @description Entity alias identifier. */
        EntityAliasId: string;
        /** @description Alias identifier. */
        AliasId: string;
        /** @description Persona identifier. */
        PersonaId: string;
        /** @description Group identifier. */
        GroupId: string;
        /** @description Group name (URL-encode it). */
        GroupName: string;
        /** @description Group alias identifier. */
        GroupAliasId: string;
        /** @description MFA method identifier (UUID). */
        MfaMethodId: string;
        /** @description Login enforcement name. */
        LoginEnforcementName: string;
        /** @description Named key. */
        OidcKeyName: string;
        /** @description Identity token role name. */
        OidcRoleName: string;
        /** @description OIDC client name. */
        OidcClientName: string;
        /** @description OIDC assignment name. */
        OidcAssignmentName: string;
        /** @description OIDC scope name. */
        OidcScopeName: string;
        /** @description OIDC provider name. */
        OidcProviderName: string;
        /** @description Path the auth method is mounted at, without leading or trailing `/` (`approle`, `jwt`, `kubernetes`, `userpass`, or a nested path such as `team-a/approle`). Keep the `/` between segments. */
        AuthMount: string;
        /** @description Mount path of the auth method, without leading or trailing `/` (`approle`, `team-a/approle`). Keep the `/` between segments. */
        AuthMountPath: string;
        /** @description User name (URL-encode it). */
        Username: string;
        /** @description How long the wrapping token stays valid, in seconds (`300`) or as a duration string (`5m`). */
        WrapTtl: components["schemas"]["DurationInput"];
    };
    requestBodies: {
        /** @description Body of `createEntity`. Without `id` or `name` a new entity is minted; with an existing `id` or `name` that entity is updated. */
        EntityCreateRequest: {
            content: {
                "application/json": components["schemas"]["EntityAttributes"] & {
                    /** @description Identifier of an existing entity to update instead of creating one. */
                    id?: string;
                    /** @description Entity name; generated when omitted. */
                    name?: string;
                };
            };
        };
        /** @description Body of `updateEntityById`. */
        EntityUpdateByIdRequest: {
            content: {
                "application/json": components["schemas"]["EntityAttributes"] & {
                    /** @description New entity name. */
                    name?: string;
                };
            };
        };
        /** @description Body of `updateEntityByName`; creates the entity when the name is unknown. */
        EntityUpdateByNameRequest: {
            content: {
                "application/json": components["schemas"]["EntityAttributes"] & {
                    /** @description Identifier of the entity, when it should be matched by ID as well. */
                    id?: string;
                };
            };
        };
        /** @description Body of `batchDeleteEntities`. */
        EntityBatchDeleteRequest: {
            content: {
                "application/json": {
                    /** @description Identifiers of the entities to delete; unknown IDs are skipped. */
                    entity_ids: string[];
                };
            };
        };
        /** @description Body of `mergeEntities`. */
        EntityMergeRequest: {
            content: {
                "application/json": {
                    /** @description Entity that survives the merge. */
                    to_entity_id: string;
                    /** @description Entities folded into `to_entity_id` and then removed. */
                    from_entity_ids: string[];
                    /** @description When aliases clash on a mount, the alias IDs to keep (only with a single source entity). */
                    conflicting_alias_ids_to_keep?: string[];
                    /** @description Keep the target's MFA secrets when both sides have secrets of the same method instead of failing. */
                    force?: boolean;
                };
            };
        };
        /** @description Body of `createEntityAlias`. */
        EntityAliasCreateRequest: {
            content: {
                "application/json": {
                    /** @description Identifier of an existing alias to update instead of creating one. */
                    id?: string;
                    /** @description Name the auth method reports for the user (for example the username). */
                    name?: string;
                    /** @description Accessor of the auth mount the alias belongs to. */
                    mount_accessor?: string;
                    /** @description Entity the alias belongs to. */
                    canonical_id?: string;
                    /**
                     * @deprecated
                     * @description Older name of `canonical_id`.
                     */
                    entity_id?: string;
                    /** @description Operator-set key-value metadata. */
                    custom_metadata?: {
                        [key: string]: string;
                    };
                };
            };
        };
        /** @description Body of `updateEntityAliasById`. */
        EntityAliasUpdateRequest: {
            content: {
                "application/json": {
                    /** @description New alias name. */
                    name?: string;
                    /** @description New auth mount accessor. */
                    mount_accessor?: string;
                    /** @description Entity to move the alias to. */
                    canonical_id?: string;
                    /**
                     * @deprecated
                     * @description Older name of `canonical_id`.
                     */
                    entity_id?: string;
                    /** @description Operator-set key-value metadata; replaces the stored value. */
                    custom_metadata?: {
                        [key: string]: string;
                    };
                };
            };
        };
        /** @description Body of the legacy `createAlias`. */
        AliasCreateRequest: {
            content: {
                "application/json": {
                    /** @description Identifier of an existing alias to update instead of creating one. */
                    id?: string;
                    /** @description Name the auth method reports for the user. */
                    name?: string;
                    /** @description Accessor of the auth mount the alias belongs to. */
                    mount_accessor?: string;
                    /** @description Entity the alias belongs to. */
                    canonical_id?: string;
                    /**
                     * @deprecated
                     * @description Older name of `canonical_id`.
                     */
                    entity_id?: string;
                };
            };
        };
        /** @description Body of the legacy `updateAliasById`. */
        AliasUpdateRequest: {
            content: {
                "application/json": {
                    /** @description New alias name. */
                    name?: string;
                    /** @description New auth mount accessor. */
                    mount_accessor?: string;
                    /** @description Entity to move the alias to. */
                    canonical_id?: string;
                    /**
                     * @deprecated
                     * @description Older name of `canonical_id`.
                     */
                    entity_id?: string;
                };
            };
        };
        /** @description Body of the legacy `createPersona`. */
        PersonaCreateRequest: {
            content: {
                "application/json": {
                    /** @description Identifier of an existing persona to update instead of creating one. */
                    id?: string;
                    /** @description Name the auth method reports for the user. */
                    name?: string;
                    /** @description Accessor of the auth mount the persona belongs to. */
                    mount_accessor?: string;
                    /** @description Entity the persona belongs to. */
                    entity_id?: string;
                    /** @description Key-value metadata. */
                    metadata?: {
                        [key: string]: string;
                    };
                };
            };
        };
        /** @description Body of the legacy `updatePersonaById`. */
        PersonaUpdateRequest: {
            content: {
                "application/json": {
                    /** @description New persona name. */
                    name?: string;
                    /** @description New auth mount accessor. */
                    mount_accessor?: string;
                    /** @description Entity to move the persona to. */
                    entity_id?: string;
                    /** @description Key-value metadata. */
                    metadata?: {
                        [key: string]: string;
                    };
                };
            };
        };
        /** @description Search criteria for `lookupEntity` and `lookupGroup`; give exactly one of `id`, `name`, `alias_id` or the pair `alias_name` + `alias_mount_accessor`. */
        LookupRequest: {
            content: {
                "application/json": {
                    /** @description Identifier of the entity or group. */
                    id?: string;
                    /** @description Name of the entity or group. */
                    name?: string;
                    /** @description Identifier of one of its aliases. */
                    alias_id?: string;
                    /** @description Alias name; give it together with `alias_mount_accessor`. */
                    alias_name?: string;
                    /** @description Auth mount of the alias; give it together with `alias_name`. */
                    alias_mount_accessor?: string;
                };
            };
        };
        /** @description Body of `createGroup`. Without `id` or `name` a new group is minted; an existing `id` or `name` updates that group. */
        GroupCreateRequest: {
            content: {
                "application/json": components["schemas"]["GroupAttributes"] & {
                    /** @description Identifier of an existing group to update instead of creating one. */
                    id?: string;
                    /** @description Group name; generated when omitted. */
                    name?: string;
                    /**
                     * @description Group type; cannot change after creation.
                     * @default internal
                     * @enum {string}
                     */
                    type?: "internal" | "external";
                };
            };
        };
        /** @description Body of `updateGroupById`. */
        GroupUpdateByIdRequest: {
            content: {
                "application/json": components["schemas"]["GroupAttributes"] & {
                    /** @description New group name. */
                    name?: string;
                    /**
                     * @description Group type; cannot change after creation.
                     * @default internal
                     * @enum {string}
                     */
                    type?: "internal" | "external";
                };
            };
        };
        /** @description Body of `updateGroupByName`; creates the group when the name is unknown. */
        GroupUpdateByNameRequest: {
            content: {
                "application/json": components["schemas"]["GroupAttributes"] & {
                    /** @description Identifier of the group, when it should be matched by ID as well. */
                    id?: string;
                    /**
                     * @description Group type; cannot change after creation.
                     * @default internal
                     * @enum {string}
                     */
                    type?: "internal" | "external";
                };
            };
        };
        /** @description Body of `createGroupAlias`. */
        GroupAliasCreateRequest: {
            content: {
                "application/json": {
                    /** @description Identifier of an existing group alias to update. */
                    id?: string;
                    /** @description Group name as the auth method reports it. */
                    name: string;
                    /** @description Accessor of the auth mount the alias belongs to. */
                    mount_accessor: string;
                    /** @description External group the alias belongs to; a new external group is created when omitted. */
                    canonical_id?: string;
                };
            };
        };
        /** @description Body of `updateGroupAliasById`. */
        GroupAliasUpdateRequest: {
            content: {
                "application/json": {
                    /** @description Group name as the auth method reports it. */
                    name?: string;
                    /** @description Accessor of the auth mount. */
                    mount_accessor?: string;
                    /** @description External group to move the alias to. */
                    canonical_id?: string;
                };
            };
        };
        /** @description Body of `writeMfaLoginEnforcement`; at least one of the four target lists must be set. */
        LoginEnforcementRequest: {
            content: {
                "application/json": {
                    /** @description MFA methods the login must pass. */
                    mfa_method_ids: string[];
                    /** @description Auth mounts to enforce on. */
                    auth_method_accessors?: string[];
                    /** @description Auth method types to enforce on (for example `userpass`). */
                    auth_method_types?: string[];
                    /** @description Groups whose members must pass MFA. */
                    identity_group_ids?: string[];
                    /** @description Entities that must pass MFA. */
                    identity_entity_ids?: string[];
                };
            };
        };
        /** @description Body of `createMfaTotpMethod` and `updateMfaTotpMethod` (an update replaces the whole configuration). */
        TotpMethodRequest: {
            content: {
                "application/json": {
                    /** @description Unique name for the method. */
                    method_name?: string;
                    /** @description Issuer name shown in authenticator apps. */
                    issuer: string;
                    /**
                     * @description Seconds each code is valid.
                     * @default 30
                     */
                    period?: components["schemas"]["DurationInput"];
                    /**
                     * @description Secret size in bytes.
                     * @default 20
                     */
                    key_size?: number;
                    /**
                     * @description Pixel size of the QR code; 0 disables it.
                     * @default 200
                     */
                    qr_size?: number;
                    /**
                     * @description Hash algorithm.
                     * @default SHA1
                     * @enum {string}
                     */
                    algorithm?: "SHA1" | "SHA256" | "SHA512";
                    /**
                     * @description Digits per code.
                     * @default 6
                     * @enum {integer}
                     */
                    digits?: 6 | 8;
                    /**
                     * @description Periods of clock drift accepted.
                     * @default 1
                     * @enum {integer}
                     */
                    skew?: 0 | 1;
                    /** @description Failed validations allowed before lock-out; 0 means the server default. */
                    max_validation_attempts?: number;
                };
            };
        };
        /** @description Body of `createMfaOktaMethod` and `updateMfaOktaMethod` (an update replaces the whole configuration). */
        OktaMethodRequest: {
            content: {
                "application/json": {
                    /** @description Unique name for the method. */
                    method_name?: string;
                    /** @description Okta organisation name. */
                    org_name: string;
                    /** @description Okta API token. */
                    api_token: string;
                    /** @description Okta API domain; `okta.com` when omitted. */
                    base_url?: string;
                    /**
                     * @description Match users on their primary email only.
                     * @default false
                     */
                    primary_email?: boolean;
                    /**
                     * @deprecated
                     * @description Legacy switch; use `base_url`.
                     */
                    production?: boolean;
                    /** @description Template turning identity names into the provider's user names, e.g. `{{identity.entity.name}}@example.com`; the raw name is used when empty. */
                    username_format?: string;
                };
            };
        };
        /** @description Body of `createMfaDuoMethod` and `updateMfaDuoMethod` (an update replaces the whole configuration). */
        DuoMethodRequest: {
            content: {
                "application/json": {
                    /** @description Unique name for the method. */
                    method_name?: string;
                    /** @description Duo API host. */
                    api_hostname: string;
                    /** @description Duo integration key. */
                    integration_key: string;
                    /** @description Duo secret key. */
                    secret_key: string;
                    /** @description Extra information shown in the Duo push. */
                    push_info?: string;
                    /**
                     * @description Remind users to enter a passcode (not enforced).
                     * @default false
                     */
                    use_passcode?: boolean;
                    /** @description Template turning identity names into the provider's user names, e.g. `{{identity.entity.name}}@example.com`; the raw name is used when empty. */
                    username_format?: string;
                };
            };
        };
        /** @description Body of `createMfaPingIdMethod` and `updateMfaPingIdMethod` (an update replaces the whole configuration). */
        PingIdMethodRequest: {
            content: {
                "application/json": {
                    /** @description Unique name for the method. */
                    method_name?: string;
                    /** @description Base64 of the PingID third-party client settings file (it contains an API token). */
                    settings_file_base64: string;
                    /** @description Template turning identity names into the provider's user names, e.g. `{{identity.entity.name}}@example.com`; the raw name is used when empty. */
                    username_format?: string;
                };
            };
        };
        /** @description Body of `generateMfaTotpSecret` (the secret is stored on the caller's own entity). */
        TotpSecretGenerateRequest: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description TOTP method to generate a secret for.
                     */
                    method_id: string;
                };
            };
        };
        /** @description Body of `adminGenerateMfaTotpSecret` and `adminDestroyMfaTotpSecret`. */
        TotpSecretAdminRequest: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description TOTP method.
                     */
                    method_id: string;
                    /** @description Entity whose secret is generated or removed. */
                    entity_id: string;
                };
            };
        };
        /** @description Body of `configureOidc`. */
        OidcConfigRequest: {
            content: {
                "application/json": {
                    /** @description Issuer URL for identity tokens (scheme, host and optional port); empty restores the default. */
                    issuer?: string;
                };
            };
        };
        /** @description Body of `writeOidcKey`. */
        OidcKeyRequest: {
            content: {
                "application/json": {
                    /**
                     * @description Signing algorithm.
                     * @default RS256
                     * @enum {string}
                     */
                    algorithm?: "RS256" | "RS384" | "RS512" | "ES256" | "ES384" | "ES512" | "EdDSA";
                    /** @description Role or client IDs allowed to use the key; `*` allows all; empty allows none. */
                    allowed_client_ids?: string[];
                    /**
                     * @description How often a new key pair is generated.
                     * @default 24h
                     */
                    rotation_period?: components["schemas"]["DurationInput"];
                    /**
                     * @description How long a rotated-out public key stays published.
                     * @default 24h
                     */
                    verification_ttl?: components["schemas"]["DurationInput"];
                };
            };
        };
        /** @description Body of `rotateOidcKey`. */
        OidcKeyRotateRequest: {
            content: {
                "application/json": {
                    /** @description Overrides the key's verification TTL for the key being rotated out. */
                    verification_ttl?: components["schemas"]["DurationInput"];
                };
            };
        };
        /** @description Body of `writeOidcRole`. */
        OidcRoleRequest: {
            content: {
                "application/json": {
                    /** @description Existing named key used to sign tokens. */
                    key: string;
                    /** @description Claims template, as JSON text or base64 of it. */
                    template?: string;
                    /**
                     * @description Token lifetime.
                     * @default 24h
                     */
                    ttl?: components["schemas"]["DurationInput"];
                    /** @description `aud` claim; generated when omitted. */
                    client_id?: string;
                };
            };
        };
        /** @description Body of `introspectOidcToken`. */
        OidcIntrospectRequest: {
            content: {
                "application/json": {
                    /** @description Identity token (JWT) to check. */
                    token: string;
                    /** @description When given, the token's audience must match it. */
                    client_id?: string;
                };
            };
        };
        /** @description Body of `writeOidcClient`. */
        OidcClientRequest: {
            content: {
                "application/json": {
                    /** @description Redirect URIs the client may use; one must match each request exactly. */
                    redirect_uris?: string[];
                    /** @description Assignment names deciding who may use the client (`allow_all` allows everyone). */
                    assignments?: string[];
                    /**
                     * @description Signing key for ID tokens; cannot change after creation.
                     * @default default
                     */
                    key?: string;
                    /**
                     * @description ID token lifetime.
                     * @default 24h
                     */
                    id_token_ttl?: components["schemas"]["DurationInput"];
                    /**
                     * @description Access token lifetime.
                     * @default 24h
                     */
                    access_token_ttl?: components["schemas"]["DurationInput"];
                    /**
                     * @description Client type; cannot change after creation.
                     * @default confidential
                     * @enum {string}
                     */
                    client_type?: "confidential" | "public";
                };
            };
        };
        /** @description Body of `writeOidcAssignment`. */
        OidcAssignmentRequest: {
            content: {
                "application/json": {
                    /** @description Entities covered by the assignment. */
                    entity_ids?: string[];
                    /** @description Groups covered by the assignment. */
                    group_ids?: string[];
                };
            };
        };
        /** @description Body of `writeOidcScope`. */
        OidcScopeRequest: {
            content: {
                "application/json": {
                    /** @description Claims template, as JSON text or base64 of it. */
                    template?: string;
                    /** @description Free-text description. */
                    description?: string;
                };
            };
        };
        /** @description Body of `writeOidcProvider`. */
        OidcProviderRequest: {
            content: {
                "application/json": {
                    /** @description Scheme, host and optional port used for the issuer; empty means the server's API address. */
                    issuer?: string;
                    /** @description Client IDs allowed to use the provider; `*` allows all. */
                    allowed_client_ids?: string[];
                    /** @description Existing scope names the provider offers. */
                    scopes_supported?: string[];
                };
            };
        };
        /** @description Body of `authorizeOidcProviderWithParameters`. */
        OidcAuthorizeRequest: {
            content: {
                "application/json": {
                    /** @description Client asking for authorization. */
                    client_id: string;
                    /** @description Redirect URI registered on the client. */
                    redirect_uri: string;
                    /**
                     * @description Flow to use; only the authorization code flow exists.
                     * @enum {string}
                     */
                    response_type: "code";
                    /** @description Space-separated scopes; must include `openid`. */
                    scope: string;
                    /** @description Opaque value echoed back in the result. */
                    state?: string;
                    /** @description Value copied into the ID token's `nonce` claim. */
                    nonce?: string;
                    /** @description Maximum seconds since the user's last active authentication. */
                    max_age?: number;
                    /** @description PKCE code challenge (43 to 128 characters); required for public clients. */
                    code_challenge?: string;
                    /**
                     * @description How the code challenge was derived.
                     * @default plain
                     * @enum {string}
                     */
                    code_challenge_method?: "plain" | "S256";
                };
            };
        };
        /** @description Body of `exchangeOidcProviderToken`; OAuth clients normally send it form-encoded. */
        OidcTokenRequest: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OidcTokenExchange"];
                "application/json": components["schemas"]["OidcTokenExchange"];
            };
        };
        /** @description Body of `login`. Send the body of the auth method mounted at the path (AppRole, JWT/OIDC or Kubernetes; see the operation's table). The JWT and Kubernetes bodies have the same fields, so the union is `anyOf`. */
        LoginRequest: {
            content: {
                "application/json": components["schemas"]["AppRoleLogin"] | components["schemas"]["JwtLogin"] | components["schemas"]["KubernetesLogin"];
            };
        };
        /** @description Body of `loginUserpass`. */
        UserpassLoginRequest: {
            content: {
                "application/json": {
                    /** @description The user's password. */
                    password: string;
                };
            };
        };
        /** @description Body of `renewTokenSelf`; may be left out. */
        TokenRenewSelfRequest: {
            content: {
                "application/json": {
                    /** @description Lease extension asked for, from now. The server may grant less (maximum TTL). Omitted or 0 means the token's own TTL. */
                    increment?: components["schemas"]["DurationInput"];
                };
            };
        };
        /** @description Body of `unwrap`. Leave `token` out when the wrapping token is sent as `X-Vault-Token`. */
        UnwrapRequest: {
            content: {
                "application/json": {
                    /** @description Wrapping token to unwrap. */
                    token?: string;
                };
            };
        };
        /** @description Body of `readWrappingProperties`. */
        WrappingLookupRequest: {
            content: {
                "application/json": {
                    /** @description Wrapping token to look up. It is not used up. */
                    token: string;
                };
            };
        };
        /** @description Body of `rewrap`. */
        RewrapRequest: {
            content: {
                "application/json": {
                    /** @description Wrapping token to replace. It stops working once the call succeeds. */
                    token: string;
                };
            };
        };
        /** @description Body of `wrap`. Any JSON object; it is returned unchanged by `unwrap`, as `data`. Treat it as secret. */
        WrapRequest: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
    };
    headers: never;
    pathItems: never;
}
/** Definitions of the Stronghold identity engine spec. */
export type $defs = Record<string, never>;
/** Every operation of the Stronghold identity engine spec by operationId: parameters, request body, responses. */
export interface operations {
    lookupTokenSelf: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token's properties. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenLookupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    renewTokenSelf: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["TokenRenewSelfRequest"];
        responses: {
            /** @description The renewed token; `auth.client_token` is the same token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeTokenSelf: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Path the auth method is mounted at, without leading or trailing `/` (`approle`, `jwt`, `kubernetes`, `userpass`, or a nested path such as `team-a/approle`). Keep the `/` between segments. */
                mount: components["parameters"]["AuthMount"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["LoginRequest"];
        responses: {
            /** @description Logged in; the token is in `auth`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
                };
            };
            400: components["responses"]["LoginRejected"];
            403: components["responses"]["LoginDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    loginUserpass: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Path the auth method is mounted at, without leading or trailing `/` (`approle`, `jwt`, `kubernetes`, `userpass`, or a nested path such as `team-a/approle`). Keep the `/` between segments. */
                mount: components["parameters"]["AuthMount"];
                /** @description User name (URL-encode it). */
                username: components["parameters"]["Username"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UserpassLoginRequest"];
        responses: {
            /** @description Logged in; the token is in `auth`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
                };
            };
            400: components["responses"]["LoginRejected"];
            403: components["responses"]["LoginDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createAlias: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AliasCreateRequest"];
        responses: {
            /** @description The alias and the entity it belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasWriteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAliasesById: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readAliasById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Alias identifier. */
                id: components["parameters"]["AliasId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateAliasById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Alias identifier. */
                id: components["parameters"]["AliasId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AliasUpdateRequest"];
        responses: {
            /** @description The alias was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasWriteResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteAliasById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Alias identifier. */
                id: components["parameters"]["AliasId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["EntityCreateRequest"];
        responses: {
            /** @description A new entity was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityWriteResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createEntityAlias: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["EntityAliasCreateRequest"];
        responses: {
            /** @description The alias and the entity it belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasWriteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listEntityAliasesById: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readEntityAliasById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Entity alias identifier. */
                id: components["parameters"]["EntityAliasId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateEntityAliasById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Entity alias identifier. */
                id: components["parameters"]["EntityAliasId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["EntityAliasUpdateRequest"];
        responses: {
            /** @description The alias was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasWriteResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteEntityAliasById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Entity alias identifier. */
                id: components["parameters"]["EntityAliasId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    batchDeleteEntities: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["EntityBatchDeleteRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listEntitiesById: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readEntityById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Entity identifier. */
                id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateEntityById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Entity identifier. */
                id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["EntityUpdateByIdRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteEntityById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Entity identifier. */
                id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    mergeEntities: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["EntityMergeRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            /** @description Invalid merge; when aliases of the same mount clash, `data` lists them. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityMergeError"];
                };
            };
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listEntitiesByName: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readEntityByName: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Entity name (URL-encode it). */
                name: components["parameters"]["EntityName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateEntityByName: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Entity name (URL-encode it). */
                name: components["parameters"]["EntityName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["EntityUpdateByNameRequest"];
        responses: {
            /** @description No entity had this name, so one was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityWriteResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteEntityByName: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Entity name (URL-encode it). */
                name: components["parameters"]["EntityName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupCreateRequest"];
        responses: {
            /** @description A new group was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupWriteResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createGroupAlias: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupAliasCreateRequest"];
        responses: {
            /** @description The alias and the group it belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasWriteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listGroupAliasesById: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readGroupAliasById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Group alias identifier. */
                id: components["parameters"]["GroupAliasId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateGroupAliasById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Group alias identifier. */
                id: components["parameters"]["GroupAliasId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupAliasUpdateRequest"];
        responses: {
            /** @description The alias was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasWriteResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteGroupAliasById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Group alias identifier. */
                id: components["parameters"]["GroupAliasId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listGroupsById: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readGroupById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Group identifier. */
                id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateGroupById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Group identifier. */
                id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupUpdateByIdRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteGroupById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Group identifier. */
                id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listGroupsByName: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readGroupByName: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Group name (URL-encode it). */
                name: components["parameters"]["GroupName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateGroupByName: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Group name (URL-encode it). */
                name: components["parameters"]["GroupName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupUpdateByNameRequest"];
        responses: {
            /** @description No group had this name, so one was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupWriteResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteGroupByName: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Group name (URL-encode it). */
                name: components["parameters"]["GroupName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    lookupEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["LookupRequest"];
        responses: {
            /** @description The matching entity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    lookupGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["LookupRequest"];
        responses: {
            /** @description The matching group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listMfaLoginEnforcements: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginEnforcementListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readMfaLoginEnforcement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Login enforcement name. */
                name: components["parameters"]["LoginEnforcementName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginEnforcementResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    writeMfaLoginEnforcement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Login enforcement name. */
                name: components["parameters"]["LoginEnforcementName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["LoginEnforcementRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteMfaLoginEnforcement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Login enforcement name. */
                name: components["parameters"]["LoginEnforcementName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listMfaMethods: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaMethodListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listMfaDuoMethods: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaMethodListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createMfaDuoMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["DuoMethodRequest"];
        responses: {
            /** @description The new method's identifier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaMethodCreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readMfaDuoMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description MFA method identifier (UUID). */
                method_id: components["parameters"]["MfaMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuoMethodResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateMfaDuoMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description MFA method identifier (UUID). */
                method_id: components["parameters"]["MfaMethodId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["DuoMethodRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteMfaDuoMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description MFA method identifier (UUID). */
                method_id: components["parameters"]["MfaMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listMfaOktaMethods: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaMethodListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createMfaOktaMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OktaMethodRequest"];
        responses: {
            /** @description The new method's identifier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaMethodCreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readMfaOktaMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description MFA method identifier (UUID). */
                method_id: components["parameters"]["MfaMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OktaMethodResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateMfaOktaMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description MFA method identifier (UUID). */
                method_id: components["parameters"]["MfaMethodId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OktaMethodRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteMfaOktaMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description MFA method identifier (UUID). */
                method_id: components["parameters"]["MfaMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listMfaPingIdMethods: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaMethodListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createMfaPingIdMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PingIdMethodRequest"];
        responses: {
            /** @description The new method's identifier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaMethodCreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readMfaPingIdMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description MFA method identifier (UUID). */
                method_id: components["parameters"]["MfaMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PingIdMethodResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateMfaPingIdMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description MFA method identifier (UUID). */
                method_id: components["parameters"]["MfaMethodId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PingIdMethodRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteMfaPingIdMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description MFA method identifier (UUID). */
                method_id: components["parameters"]["MfaMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listMfaTotpMethods: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaMethodListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createMfaTotpMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TotpMethodRequest"];
        responses: {
            /** @description The new method's identifier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaMethodCreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    adminDestroyMfaTotpSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TotpSecretAdminRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    adminGenerateMfaTotpSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TotpSecretAdminRequest"];
        responses: {
            /** @description The new secret, or a warning when the entity already has one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSecretResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    generateMfaTotpSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TotpSecretGenerateRequest"];
        responses: {
            /** @description The new secret, or a warning when the entity already has one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSecretResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readMfaTotpMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description MFA method identifier (UUID). */
                method_id: components["parameters"]["MfaMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpMethodResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateMfaTotpMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description MFA method identifier (UUID). */
                method_id: components["parameters"]["MfaMethodId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TotpMethodRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteMfaTotpMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description MFA method identifier (UUID). */
                method_id: components["parameters"]["MfaMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readMfaMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description MFA method identifier (UUID). */
                method_id: components["parameters"]["MfaMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaMethodResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readOidcPublicKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public keys. */
            200: {
                headers: {
                    /** @description How long the body may be cached (`max-age=<seconds>`). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readOidcOpenIdConfiguration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Discovery document. */
            200: {
                headers: {
                    /** @description How long the body may be cached (`max-age=<seconds>`). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcDiscovery"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listOidcAssignments: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readOidcAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC assignment name. */
                name: components["parameters"]["OidcAssignmentName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcAssignmentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    writeOidcAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC assignment name. */
                name: components["parameters"]["OidcAssignmentName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OidcAssignmentRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteOidcAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC assignment name. */
                name: components["parameters"]["OidcAssignmentName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listOidcClients: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcClientListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readOidcClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC client name. */
                name: components["parameters"]["OidcClientName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcClientResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    writeOidcClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC client name. */
                name: components["parameters"]["OidcClientName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OidcClientRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteOidcClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC client name. */
                name: components["parameters"]["OidcClientName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readOidcConfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcConfigResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    configureOidc: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OidcConfigRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    introspectOidcToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OidcIntrospectRequest"];
        responses: {
            /** @description Introspection result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcIntrospection"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listOidcKeys: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readOidcKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Named key. */
                name: components["parameters"]["OidcKeyName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcKeyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    writeOidcKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Named key. */
                name: components["parameters"]["OidcKeyName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OidcKeyRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteOidcKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Named key. */
                name: components["parameters"]["OidcKeyName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    rotateOidcKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Named key. */
                name: components["parameters"]["OidcKeyName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OidcKeyRotateRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listOidcProviders: {
        parameters: {
            query: {
                /** @description Return only providers that allow this client ID. */
                allowed_client_id?: string;
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcProviderListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readOidcProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC provider name. */
                name: components["parameters"]["OidcProviderName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcProviderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    writeOidcProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC provider name. */
                name: components["parameters"]["OidcProviderName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OidcProviderRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteOidcProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC provider name. */
                name: components["parameters"]["OidcProviderName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readOidcProviderPublicKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC provider name. */
                name: components["parameters"]["OidcProviderName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readOidcProviderOpenIdConfiguration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC provider name. */
                name: components["parameters"]["OidcProviderName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Discovery document. */
            200: {
                headers: {
                    /** @description How long the body may be cached (`max-age=<seconds>`). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcProviderDiscovery"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    authorizeOidcProvider: {
        parameters: {
            query: {
                /** @description Client asking for authorization. */
                client_id: string;
                /** @description Redirect URI registered on the client. */
                redirect_uri: string;
                /** @description Flow to use; only the authorization code flow exists. */
                response_type: "code";
                /** @description Space-separated scopes; must include `openid`. */
                scope: string;
                /** @description Opaque value echoed back in the result. */
                state?: string;
                /** @description Value copied into the ID token's `nonce` claim. */
                nonce?: string;
                /** @description Maximum seconds since the user's last active authentication. */
                max_age?: number;
                /** @description PKCE code challenge (43 to 128 characters); required for public clients. */
                code_challenge?: string;
                /** @description How the code challenge was derived. */
                code_challenge_method?: "plain" | "S256";
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC provider name. */
                name: components["parameters"]["OidcProviderName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Authorization code issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcAuthorization"];
                };
            };
            400: components["responses"]["OidcEndpointError"];
            403: components["responses"]["PermissionDenied"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OidcEndpointError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    authorizeOidcProviderWithParameters: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC provider name. */
                name: components["parameters"]["OidcProviderName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OidcAuthorizeRequest"];
        responses: {
            /** @description Authorization code issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcAuthorization"];
                };
            };
            400: components["responses"]["OidcEndpointError"];
            403: components["responses"]["PermissionDenied"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OidcEndpointError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    exchangeOidcProviderToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC provider name. */
                name: components["parameters"]["OidcProviderName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OidcTokenRequest"];
        responses: {
            /** @description Tokens issued. */
            200: {
                headers: {
                    /** @description Always `no-store`. */
                    "Cache-Control"?: string;
                    /** @description Always `no-cache`. */
                    Pragma?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcTokenSet"];
                };
            };
            400: components["responses"]["OidcEndpointError"];
            /** @description Client authentication failed (`invalid_client`). */
            401: {
                headers: {
                    /** @description `Basic`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcOAuthError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OidcEndpointError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readOidcProviderUserInfo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC provider name. */
                name: components["parameters"]["OidcProviderName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claims. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcUserInfo"];
                };
            };
            400: components["responses"]["OidcEndpointError"];
            /** @description The access token is missing, expired or not sent as a Bearer token (`invalid_token`). */
            401: {
                headers: {
                    /** @description Bearer challenge with the error code. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcOAuthError"];
                };
            };
            403: components["responses"]["OidcEndpointError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OidcEndpointError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readOidcProviderUserInfoWithPost: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC provider name. */
                name: components["parameters"]["OidcProviderName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claims. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcUserInfo"];
                };
            };
            400: components["responses"]["OidcEndpointError"];
            /** @description The access token is missing, expired or not sent as a Bearer token (`invalid_token`). */
            401: {
                headers: {
                    /** @description Bearer challenge with the error code. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcOAuthError"];
                };
            };
            403: components["responses"]["OidcEndpointError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OidcEndpointError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listOidcRoles: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readOidcRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Identity token role name. */
                name: components["parameters"]["OidcRoleName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcRoleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    writeOidcRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Identity token role name. */
                name: components["parameters"]["OidcRoleName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OidcRoleRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteOidcRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Identity token role name. */
                name: components["parameters"]["OidcRoleName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listOidcScopes: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readOidcScope: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC scope name. */
                name: components["parameters"]["OidcScopeName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcScopeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    writeOidcScope: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC scope name. */
                name: components["parameters"]["OidcScopeName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OidcScopeRequest"];
        responses: {
            /** @description Done, with warnings in the envelope and `data` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VaultResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteOidcScope: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description OIDC scope name. */
                name: components["parameters"]["OidcScopeName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    generateOidcToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Identity token role name. */
                name: components["parameters"]["OidcRoleName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A signed token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcIdentityTokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createPersona: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PersonaCreateRequest"];
        responses: {
            /** @description The persona and the entity it belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasWriteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listPersonasById: {
        parameters: {
            query: {
                /** @description Turns the GET into a list call (the same as the HTTP `LIST` method, which some proxies block). Must be `true`. */
                list: components["parameters"]["List"];
            };
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["EmptyList"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readPersonaById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Persona identifier. */
                id: components["parameters"]["PersonaId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updatePersonaById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Persona identifier. */
                id: components["parameters"]["PersonaId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PersonaUpdateRequest"];
        responses: {
            /** @description The persona was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasWriteResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deletePersonaById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Persona identifier. */
                id: components["parameters"]["PersonaId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAuthMethods: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enabled auth methods. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthMountListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readAuthMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path: {
                /** @description Mount path of the auth method, without leading or trailing `/` (`approle`, `team-a/approle`). Keep the `/` between segments. */
                path: components["parameters"]["AuthMountPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The auth method. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthMountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    readWrappingProperties: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["WrappingLookupRequest"];
        responses: {
            /** @description The wrapping token's properties. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WrappingPropertiesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    rewrap: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RewrapRequest"];
        responses: {
            /** @description The new wrapping token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WrappedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    unwrap: {
        parameters: {
            query?: never;
            header?: {
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UnwrapRequest"];
        responses: {
            /** @description The wrapped response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnwrappedResponse"];
                };
            };
            /** @description The wrapped response had no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    wrap: {
        parameters: {
            query?: never;
            header: {
                /** @description How long the wrapping token stays valid, in seconds (`300`) or as a duration string (`5m`). */
                "X-Vault-Wrap-TTL": components["parameters"]["WrapTtl"];
                /** @description Namespace the request runs in (for example `team-a/` or `team-a/dev`). Omit for the root namespace or when the namespace is part of the path. */
                "X-Vault-Namespace"?: components["parameters"]["Namespace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["WrapRequest"];
        responses: {
            /** @description The wrapping token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WrappedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
}
