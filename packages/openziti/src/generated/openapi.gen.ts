/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: specs/openziti/openapi.yaml. Regenerate with `pnpm gen`; CI fails when this file drifts from the spec.
 */
/* biome-ignore-all lint: generated code */

/** Every path of the OpenZiti Edge Management spec with its operations (openapi-typescript). */
export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show controller version and API locations
         * @description Same document as `GET /version`.
         */
        get: operations["listRoot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/est/cacerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the controller's CA bundle (EST cacerts)
         * @description Served at the controller root (`/.well-known/est/cacerts`), not under `/edge/management/v1`. The body is a base64-encoded PKCS#7 bundle of the CA certificates a client should trust.
         */
        get: operations["listWellKnownCas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API sessions */
        get: operations["listAPISessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get an API session */
        get: operations["detailAPISessions"];
        put?: never;
        post?: never;
        /**
         * End (delete) an API session
         * @description Accepts only the `zt-session` scheme.
         */
        delete: operations["deleteAPISessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List authentication policies */
        get: operations["listAuthPolicies"];
        put?: never;
        /** Create an authentication policy */
        post: operations["createAuthPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get an authentication policy */
        get: operations["detailAuthPolicy"];
        /** Replace an authentication policy */
        put: operations["updateAuthPolicy"];
        post?: never;
        /** Delete an authentication policy */
        delete: operations["deleteAuthPolicy"];
        options?: never;
        head?: never;
        /** Update fields of an authentication policy */
        patch: operations["patchAuthPolicy"];
        trace?: never;
    };
    "/authenticate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in and open an API session
         * @description Opens an API session. `method=password` takes `username` and `password` in the body; `method=cert` uses the TLS client certificate of the connection and needs no body; `method=ext-jwt` uses a JWT from an external signer sent as `Authorization: Bearer`. The returned `data.token` is sent as the `zt-session` header on later calls; `data.expiresAt`/`data.expirationSeconds` give its lifetime. When `data.authQueries` is not empty the session still needs MFA (`POST /authenticate/mfa`).
         */
        post: operations["authenticate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authenticate/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish a login by submitting an MFA code
         * @description Submits a TOTP code or a recovery code for an API session that still has an MFA query open.
         */
        post: operations["authenticateMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authenticators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List authenticators */
        get: operations["listAuthenticators"];
        put?: never;
        /** Create an authenticator */
        post: operations["createAuthenticator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authenticators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get an authenticator */
        get: operations["detailAuthenticator"];
        /** Replace an authenticator */
        put: operations["updateAuthenticator"];
        post?: never;
        /** Delete an authenticator */
        delete: operations["deleteAuthenticator"];
        options?: never;
        head?: never;
        /** Update fields of an authenticator */
        patch: operations["patchAuthenticator"];
        trace?: never;
    };
    "/authenticators/{id}/re-enroll": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn an authenticator back into a pending enrollment */
        post: operations["reEnrollAuthenticator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authenticators/{id}/request-extend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask a certificate authenticator to renew (and optionally re-key) at its next login */
        post: operations["requestExtendAuthenticator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List certificate authorities */
        get: operations["listCas"];
        put?: never;
        /** Create a certificate authority */
        post: operations["createCa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a certificate authority */
        get: operations["detailCa"];
        /** Replace a certificate authority */
        put: operations["updateCa"];
        post?: never;
        /** Delete a certificate authority */
        delete: operations["deleteCa"];
        options?: never;
        head?: never;
        /** Update fields of a certificate authority */
        patch: operations["patchCa"];
        trace?: never;
    };
    "/cas/{id}/jwt": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Download the enrollment JWT of a certificate authority
         * @description Returns the JWT as plain text (`application/jwt`), for auto-CA / OTT-CA enrollment.
         */
        get: operations["getCaJwt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cas/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prove control of a certificate authority with a signed certificate
         * @description The body is a PEM certificate signed by the CA whose common name equals the CA's `verificationToken`. A CA must be verified before it can be used for enrollment or authentication.
         */
        post: operations["verifyCa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List config types */
        get: operations["listConfigTypes"];
        put?: never;
        /** Create a config type */
        post: operations["createConfigType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a config type */
        get: operations["detailConfigType"];
        /** Replace a config type */
        put: operations["updateConfigType"];
        post?: never;
        /** Delete a config type */
        delete: operations["deleteConfigType"];
        options?: never;
        head?: never;
        /** Update fields of a config type */
        patch: operations["patchConfigType"];
        trace?: never;
    };
    "/config-types/{id}/configs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the configs of a config type */
        get: operations["listConfigsForConfigType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List configs */
        get: operations["listConfigs"];
        put?: never;
        /** Create a config */
        post: operations["createConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/configs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a config */
        get: operations["detailConfig"];
        /** Replace a config */
        put: operations["updateConfig"];
        post?: never;
        /** Delete a config */
        delete: operations["deleteConfig"];
        options?: never;
        head?: never;
        /** Update fields of a config */
        patch: operations["patchConfig"];
        trace?: never;
    };
    "/configs/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the services that use a config */
        get: operations["listConfigServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/controller-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List controller settings records */
        get: operations["listControllerSettings"];
        put?: never;
        /** Create instance settings for a controller */
        post: operations["createControllerSetting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/controller-settings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get the settings stored for a controller */
        get: operations["detailControllerSetting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/controller-settings/{id}/effective": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a controller's effective settings (instance merged over global)
         * @description The path also accepts PUT, PATCH and DELETE, which act on the instance settings.
         */
        get: operations["detailControllerSettingEffective"];
        /** Replace a controller's instance settings */
        put: operations["updateControllerSetting"];
        post?: never;
        /** Remove a controller's instance settings */
        delete: operations["deleteControllerSetting"];
        options?: never;
        head?: never;
        /** Update fields of a controller's instance settings */
        patch: operations["patchControllerSetting"];
        trace?: never;
    };
    "/controllers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List controllers */
        get: operations["listControllers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/current-api-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the API session used by this request */
        get: operations["getCurrentAPISession"];
        put?: never;
        post?: never;
        /**
         * Log out (end the current API session)
         * @description Ends the API session whose token made this request.
         */
        delete: operations["deleteCurrentApiSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/current-api-session/totp-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a TOTP code for a token that proves a recent MFA check
         * @description The token is presented to posture checks that require a recent MFA check.
         */
        post: operations["createTotpToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/current-identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the identity behind the current API session */
        get: operations["getCurrentIdentity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/current-identity/authenticators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the caller's own authenticators */
        get: operations["listCurrentIdentityAuthenticators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/current-identity/authenticators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get one of the caller's own authenticators */
        get: operations["detailCurrentIdentityAuthenticator"];
        /** Replace the caller's own password authenticator */
        put: operations["updateCurrentIdentityAuthenticator"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update fields of the caller's own password authenticator */
        patch: operations["patchCurrentIdentityAuthenticator"];
        trace?: never;
    };
    "/current-identity/authenticators/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew the caller's client certificate from a CSR
         * @description Only for certificates the controller issued. The answer holds the new client certificate, which must then be confirmed with `extend-verify`; until then the old certificate stays valid.
         */
        post: operations["extendCurrentIdentityAuthenticator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/current-identity/authenticators/{id}/extend-verify": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm receipt of a renewed client certificate
         * @description After this call new connections must use the new certificate.
         */
        post: operations["extendVerifyCurrentIdentityAuthenticator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/current-identity/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the caller's MFA enrollment state */
        get: operations["detailMfa"];
        put?: never;
        /** Start MFA (TOTP) enrollment for the caller */
        post: operations["enrollMfa"];
        /**
         * Turn off MFA for the caller
         * @description Needs a current TOTP code in the `mfa-validation-code` header once enrollment is complete.
         */
        delete: operations["deleteMfa"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/current-identity/mfa/qr-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the QR code image of a pending MFA enrollment
         * @description PNG image encoding the provisioning URL; only while the enrollment is not yet verified.
         */
        get: operations["detailMfaQrCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/current-identity/mfa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the caller's MFA recovery codes
         * @description Needs a current TOTP code in the `mfa-validation-code` header.
         */
        get: operations["detailMfaRecoveryCodes"];
        put?: never;
        /**
         * Replace the caller's MFA recovery codes with new ones
         * @description All earlier recovery codes stop working.
         */
        post: operations["createMfaRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/current-identity/mfa/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish MFA enrollment with a TOTP code */
        post: operations["verifyMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/database/check-data-integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a datastore integrity check
         * @description Runs in the background; poll `GET /database/data-integrity-results` until `inProgress` is false.
         */
        post: operations["checkDataIntegrity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/database/data-integrity-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the state and findings of the datastore integrity check */
        get: operations["dataIntegrityResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/database/fix-data-integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a datastore integrity check that also repairs what it can
         * @description Runs in the background; poll `GET /database/data-integrity-results` until `inProgress` is false.
         */
        post: operations["fixDataIntegrity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/database/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write a snapshot of the controller datastore */
        post: operations["createDatabaseSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-router-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List edge router policies */
        get: operations["listEdgeRouterPolicies"];
        put?: never;
        /** Create an edge router policy */
        post: operations["createEdgeRouterPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-router-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get an edge router policy */
        get: operations["detailEdgeRouterPolicy"];
        /** Replace an edge router policy */
        put: operations["updateEdgeRouterPolicy"];
        post?: never;
        /** Delete an edge router policy */
        delete: operations["deleteEdgeRouterPolicy"];
        options?: never;
        head?: never;
        /** Update fields of an edge router policy */
        patch: operations["patchEdgeRouterPolicy"];
        trace?: never;
    };
    "/edge-router-policies/{id}/edge-routers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the edge routers an edge router policy selects */
        get: operations["listEdgeRouterPolicyEdgeRouters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-router-policies/{id}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the identities an edge router policy selects */
        get: operations["listEdgeRouterPolicyIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-router-role-attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the role attributes in use on edge routers */
        get: operations["listEdgeRouterRoleAttributes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-routers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List edge routers */
        get: operations["listEdgeRouters"];
        put?: never;
        /** Create an edge router */
        post: operations["createEdgeRouter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-routers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get an edge router */
        get: operations["detailEdgeRouter"];
        /** Replace an edge router */
        put: operations["updateEdgeRouter"];
        post?: never;
        /** Delete an edge router */
        delete: operations["deleteEdgeRouter"];
        options?: never;
        head?: never;
        /** Update fields of an edge router */
        patch: operations["patchEdgeRouter"];
        trace?: never;
    };
    "/edge-routers/{id}/edge-router-policies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the edge router policies that select an edge router */
        get: operations["listEdgeRouterEdgeRouterPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-routers/{id}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the identities that may use an edge router */
        get: operations["listEdgeRouterIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-routers/{id}/re-enroll": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset an edge router to a fresh enrollment
         * @description The router's certificate is dropped and a new enrollment JWT is issued.
         */
        post: operations["reEnrollEdgeRouter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-routers/{id}/service-edge-router-policies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the service edge router policies that select an edge router */
        get: operations["listEdgeRouterServiceEdgeRouterPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-routers/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the services reachable through an edge router */
        get: operations["listEdgeRouterServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List enrollments */
        get: operations["listEnrollments"];
        put?: never;
        /** Create an enrollment */
        post: operations["createEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enrollments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get an enrollment */
        get: operations["detailEnrollment"];
        put?: never;
        post?: never;
        /** Delete an enrollment */
        delete: operations["deleteEnrollment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enrollments/{id}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new token and expiry for an enrollment */
        post: operations["refreshEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enumerated-capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the optional capabilities this controller has */
        get: operations["listEnumeratedCapabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external-jwt-signers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List external JWT signers */
        get: operations["listExternalJwtSigners"];
        put?: never;
        /** Create an external JWT signer */
        post: operations["createExternalJwtSigner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external-jwt-signers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get an external JWT signer */
        get: operations["detailExternalJwtSigner"];
        /** Replace an external JWT signer */
        put: operations["updateExternalJwtSigner"];
        post?: never;
        /** Delete an external JWT signer */
        delete: operations["deleteExternalJwtSigner"];
        options?: never;
        head?: never;
        /** Update fields of an external JWT signer */
        patch: operations["patchExternalJwtSigner"];
        trace?: never;
    };
    "/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List identities */
        get: operations["listIdentities"];
        put?: never;
        /** Create an identity */
        post: operations["createIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get an identity */
        get: operations["detailIdentity"];
        /** Replace an identity */
        put: operations["updateIdentity"];
        post?: never;
        /** Delete an identity */
        delete: operations["deleteIdentity"];
        options?: never;
        head?: never;
        /** Update fields of an identity */
        patch: operations["patchIdentity"];
        trace?: never;
    };
    "/identities/{id}/authenticators": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the authenticators of an identity */
        get: operations["getIdentityAuthenticators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identities/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an identity, for a time or until enabled
         * @description `durationMinutes` 0 disables until the identity is enabled again.
         */
        post: operations["disableIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identities/{id}/edge-router-policies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the edge router policies that select an identity */
        get: operations["listIdentitysEdgeRouterPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identities/{id}/edge-routers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the edge routers an identity may use */
        get: operations["listIdentityEdgeRouters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identities/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-enable a disabled identity */
        post: operations["enableIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identities/{id}/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the enrollments of an identity */
        get: operations["getIdentityEnrollments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identities/{id}/failed-service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * List an identity's recent service requests refused by posture checks
         * @description Kept in controller memory; the list is returned whole.
         */
        get: operations["getIdentityFailedServiceRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identities/{id}/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove MFA from an identity (administrator reset) */
        delete: operations["removeIdentityMfa"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identities/{id}/policy-advice/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
                /** @description Id of the service. */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        /** Explain whether an identity can dial or bind a service */
        get: operations["getIdentityPolicyAdvice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identities/{id}/posture-data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get the posture data an identity has reported */
        get: operations["getIdentityPostureData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identities/{id}/service-configs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * List an identity's service-specific config overrides
         * @description The list is returned whole.
         */
        get: operations["listIdentitysServiceConfigs"];
        put?: never;
        /** Add service-specific config overrides to an identity */
        post: operations["associateIdentitysServiceConfigs"];
        /** Remove service-specific config overrides from an identity */
        delete: operations["disassociateIdentitysServiceConfigs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identities/{id}/service-policies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the service policies that select an identity */
        get: operations["listIdentityServicePolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identities/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * List the services an identity may dial or bind
         * @description `policyType` narrows the answer to services the identity can dial or bind.
         */
        get: operations["listIdentityServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identities/{id}/trace": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        /** Turn data-flow tracing on or off for an identity */
        put: operations["updateIdentityTracing"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity-role-attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the role attributes in use on identities */
        get: operations["listIdentityRoleAttributes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List identity types */
        get: operations["listIdentityTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get an identity type */
        get: operations["detailIdentityType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network-jwts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the network JWTs used to bootstrap trust
         * @description The list is returned whole.
         */
        get: operations["listNetworkJWTs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/posture-check-role-attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the role attributes in use on posture checks */
        get: operations["listPostureCheckRoleAttributes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/posture-check-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List posture check types */
        get: operations["listPostureCheckTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/posture-check-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a posture check type */
        get: operations["detailPostureCheckType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/posture-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List posture checks */
        get: operations["listPostureChecks"];
        put?: never;
        /** Create a posture check */
        post: operations["createPostureCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/posture-checks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a posture check */
        get: operations["detailPostureCheck"];
        /** Replace a posture check */
        put: operations["updatePostureCheck"];
        post?: never;
        /** Delete a posture check */
        delete: operations["deletePostureCheck"];
        options?: never;
        head?: never;
        /** Update fields of a posture check */
        patch: operations["patchPostureCheck"];
        trace?: never;
    };
    "/revocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List revocations */
        get: operations["listRevocations"];
        put?: never;
        /** Create a revocation */
        post: operations["createRevocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/revocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a revocation */
        get: operations["detailRevocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/routers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List routers */
        get: operations["listRouters"];
        put?: never;
        /** Create a router */
        post: operations["createRouter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/routers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a router */
        get: operations["detailRouter"];
        /** Replace a router */
        put: operations["updateRouter"];
        post?: never;
        /** Delete a router */
        delete: operations["deleteRouter"];
        options?: never;
        head?: never;
        /** Update fields of a router */
        patch: operations["patchRouter"];
        trace?: never;
    };
    "/service-edge-router-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List service edge router policies */
        get: operations["listServiceEdgeRouterPolicies"];
        put?: never;
        /** Create a service edge router policy */
        post: operations["createServiceEdgeRouterPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-edge-router-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a service edge router policy */
        get: operations["detailServiceEdgeRouterPolicy"];
        /** Replace a service edge router policy */
        put: operations["updateServiceEdgeRouterPolicy"];
        post?: never;
        /** Delete a service edge router policy */
        delete: operations["deleteServiceEdgeRouterPolicy"];
        options?: never;
        head?: never;
        /** Update fields of a service edge router policy */
        patch: operations["patchServiceEdgeRouterPolicy"];
        trace?: never;
    };
    "/service-edge-router-policies/{id}/edge-routers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the edge routers a service edge router policy selects */
        get: operations["listServiceEdgeRouterPolicyEdgeRouters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-edge-router-policies/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the services a service edge router policy selects */
        get: operations["listServiceEdgeRouterPolicyServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List service policies */
        get: operations["listServicePolicies"];
        put?: never;
        /** Create a service policy */
        post: operations["createServicePolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a service policy */
        get: operations["detailServicePolicy"];
        /** Replace a service policy */
        put: operations["updateServicePolicy"];
        post?: never;
        /** Delete a service policy */
        delete: operations["deleteServicePolicy"];
        options?: never;
        head?: never;
        /** Update fields of a service policy */
        patch: operations["patchServicePolicy"];
        trace?: never;
    };
    "/service-policies/{id}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the identities a service policy selects */
        get: operations["listServicePolicyIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-policies/{id}/posture-checks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the posture checks a service policy requires */
        get: operations["listServicePolicyPostureChecks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-policies/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the services a service policy selects */
        get: operations["listServicePolicyServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-role-attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the role attributes in use on services */
        get: operations["listServiceRoleAttributes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List services */
        get: operations["listServices"];
        put?: never;
        /** Create a service */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a service */
        get: operations["detailService"];
        /** Replace a service */
        put: operations["updateService"];
        post?: never;
        /** Delete a service */
        delete: operations["deleteService"];
        options?: never;
        head?: never;
        /** Update fields of a service */
        patch: operations["patchService"];
        trace?: never;
    };
    "/services/{id}/configs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the configs attached to a service */
        get: operations["listServiceConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{id}/edge-routers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the edge routers that can carry a service */
        get: operations["listServiceEdgeRouters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{id}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * List the identities that may dial or bind a service
         * @description `policyType` narrows the answer to identities that can dial or bind the service.
         */
        get: operations["listServiceIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{id}/service-edge-router-policies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the service edge router policies that select a service */
        get: operations["listServiceServiceEdgeRouterPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{id}/service-policies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the service policies that select a service */
        get: operations["listServiceServicePolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{id}/terminators": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** List the terminators of a service */
        get: operations["listServiceTerminators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sessions (service dial/bind grants) */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a session */
        get: operations["detailSession"];
        put?: never;
        post?: never;
        /** Delete a session */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}/route-path": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get the router path a session's circuit takes */
        get: operations["detailSessionRoutePath"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/specs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the API specification documents the controller serves */
        get: operations["listSpecs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/specs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get one API specification record */
        get: operations["detailSpec"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/specs/{id}/spec": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Download an API specification document */
        get: operations["detailSpecBody"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the resources visible to the caller */
        get: operations["listSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/terminators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List terminators */
        get: operations["listTerminators"];
        put?: never;
        /** Create a terminator */
        post: operations["createTerminator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/terminators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a terminator */
        get: operations["detailTerminator"];
        /** Replace a terminator */
        put: operations["updateTerminator"];
        post?: never;
        /** Delete a terminator */
        delete: operations["deleteTerminator"];
        options?: never;
        head?: never;
        /** Update fields of a terminator */
        patch: operations["patchTerminator"];
        trace?: never;
    };
    "/transit-routers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List transit routers */
        get: operations["listTransitRouters"];
        put?: never;
        /** Create a transit router */
        post: operations["createTransitRouter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transit-routers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a transit router */
        get: operations["detailTransitRouter"];
        /** Replace a transit router */
        put: operations["updateTransitRouter"];
        post?: never;
        /** Delete a transit router */
        delete: operations["deleteTransitRouter"];
        options?: never;
        head?: never;
        /** Update fields of a transit router */
        patch: operations["patchTransitRouter"];
        trace?: never;
    };
    "/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show controller version and API locations */
        get: operations["listVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Webhooks of the OpenZiti Edge Management spec. */
export type webhooks = Record<string, never>;
/** The OpenZiti Edge Management spec's schemas, parameters, responses and headers. */
export interface components {
    schemas: {
        ApiAddress: {
            url?: string;
            version?: string;
        };
        ApiAddressList: {
            [key: string]: components["schemas"]["ApiAddress"][];
        };
        /** @description Error detail. `cause` nests a further error or a field error. */
        ApiError: {
            args?: components["schemas"]["ApiErrorArgs"];
            cause?: components["schemas"]["ApiErrorCause"];
            causeMessage?: string;
            code?: string;
            data?: {
                [key: string]: unknown;
            };
            message?: string;
            requestId?: string;
        };
        ApiErrorArgs: {
            urlVars?: {
                [key: string]: string;
            };
        };
        /** @description Underlying cause: a field validation error and/or a nested error. */
        ApiErrorCause: components["schemas"]["ApiFieldError"] & components["schemas"]["ApiError"];
        /** @description Error envelope returned with every 4xx/5xx status. */
        ApiErrorEnvelope: {
            error: components["schemas"]["ApiError"];
            meta: components["schemas"]["Meta"];
        };
        /** @description Validation failure of one request field. */
        ApiFieldError: {
            field?: string;
            reason?: string;
            /** @description The rejected value, of any JSON type. */
            value?: unknown;
        };
        /** @description An API session. `token` is the value sent in the `zt-session` header. */
        ApiSessionDetail: components["schemas"]["BaseEntity"] & {
            /** @description Open authentication queries (e.g. MFA) the session must still answer. */
            authQueries: components["schemas"]["AuthQueryDetail"][];
            authenticatorId: string;
            /** Format: date-time */
            cachedLastActivityAt?: string;
            configTypes: string[];
            identity: components["schemas"]["EntityRef"];
            identityId: string;
            improperClientCertChain?: boolean;
            ipAddress: string;
            isCertExtendRequested?: boolean;
            isCertExtendable: boolean;
            isCertKeyRollRequested?: boolean;
            isMfaComplete: boolean;
            isMfaRequired: boolean;
            /** Format: date-time */
            lastActivityAt?: string;
            token: string;
        };
        /** @description Envelope whose `data` is a ApiSessionDetail. */
        ApiSessionDetailEnvelope: {
            data: components["schemas"]["ApiSessionDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds ApiSession items, `meta.pagination` the paging state. */
        ApiSessionListEnvelope: {
            data: components["schemas"]["ApiSessionDetail"][];
            meta: components["schemas"]["Meta"];
        };
        ApiSessionPostureData: {
            endpointState?: components["schemas"]["PostureDataEndpointState"];
            mfa: components["schemas"]["PostureDataMfa"];
            sdkInfo?: components["schemas"]["SdkInfo"];
        };
        ApiVersion: {
            apiBaseUrls?: string[];
            path: string;
            version?: string;
        };
        /** @description Role attributes (plain names, no `#`). */
        Attributes: string[] | null;
        AuthPolicyCreate: {
            name: string;
            primary: components["schemas"]["AuthPolicyPrimary"];
            secondary: components["schemas"]["AuthPolicySecondary"];
            tags?: components["schemas"]["Tags"];
        };
        AuthPolicyDetail: components["schemas"]["BaseEntity"] & {
            name: string;
            primary: components["schemas"]["AuthPolicyPrimary"];
            secondary: components["schemas"]["AuthPolicySecondary"];
        };
        /** @description Envelope whose `data` is a AuthPolicyDetail. */
        AuthPolicyDetailEnvelope: {
            data: components["schemas"]["AuthPolicyDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds AuthPolicy items, `meta.pagination` the paging state. */
        AuthPolicyListEnvelope: {
            data: components["schemas"]["AuthPolicyDetail"][];
            meta: components["schemas"]["Meta"];
        };
        AuthPolicyPatch: {
            name?: string | null;
            primary?: components["schemas"]["AuthPolicyPrimaryPatch"];
            secondary?: components["schemas"]["AuthPolicySecondaryPatch"];
            tags?: components["schemas"]["Tags"];
        };
        AuthPolicyPrimary: {
            cert: components["schemas"]["AuthPolicyPrimaryCert"];
            extJwt: components["schemas"]["AuthPolicyPrimaryExtJwt"];
            updb: components["schemas"]["AuthPolicyPrimaryUpdb"];
        };
        AuthPolicyPrimaryCert: {
            allowExpiredCerts: boolean;
            allowed: boolean;
        };
        AuthPolicyPrimaryCertPatch: {
            allowExpiredCerts?: boolean | null;
            allowed?: boolean | null;
        } | null;
        AuthPolicyPrimaryExtJwt: {
            allowed: boolean;
            allowedSigners: string[];
        };
        AuthPolicyPrimaryExtJwtPatch: {
            allowed?: boolean | null;
            allowedSigners?: string[] | null;
        } | null;
        AuthPolicyPrimaryPatch: {
            cert?: components["schemas"]["AuthPolicyPrimaryCertPatch"];
            extJwt?: components["schemas"]["AuthPolicyPrimaryExtJwtPatch"];
            updb?: components["schemas"]["AuthPolicyPrimaryUpdbPatch"];
        };
        AuthPolicyPrimaryUpdb: {
            allowed: boolean;
            lockoutDurationMinutes: number;
            maxAttempts: number;
            minPasswordLength: number;
            requireMixedCase: boolean;
            requireNumberChar: boolean;
            requireSpecialChar: boolean;
        };
        AuthPolicyPrimaryUpdbPatch: {
            allowed?: boolean | null;
            lockoutDurationMinutes?: number | null;
            maxAttempts?: number | null;
            minPasswordLength?: number | null;
            requireMixedCase?: boolean | null;
            requireNumberChar?: boolean | null;
            requireSpecialChar?: boolean | null;
        } | null;
        AuthPolicySecondary: {
            requireExtJwtSigner?: string | null;
            requireTotp: boolean;
        };
        AuthPolicySecondaryPatch: {
            requireExtJwtSigner?: string | null;
            requireTotp?: boolean | null;
        } | null;
        AuthPolicyUpdate: components["schemas"]["AuthPolicyCreate"];
        AuthQueryDetail: {
            clientId?: string;
            format?: components["schemas"]["MfaFormat"];
            httpMethod?: string;
            httpUrl?: string;
            id?: string;
            isTotpEnrolled?: boolean;
            maxLength?: number;
            minLength?: number;
            provider: components["schemas"]["MfaProvider"];
            scopes?: string[];
            typeId?: components["schemas"]["AuthQueryType"];
        };
        /** @enum {string} */
        AuthQueryType: "MFA" | "TOTP" | "EXT-JWT";
        /** @description Login body. Only `method=password` needs `username` and `password`. */
        AuthenticateRequest: {
            /** @description Config types whose configs should be embedded in service answers of this session. */
            configTypes?: string[];
            envInfo?: components["schemas"]["EnvInfo"];
            /** @description Password (`method=password`). */
            password?: string;
            sdkInfo?: components["schemas"]["SdkInfo"];
            /** @description Login name (`method=password`). */
            username?: string;
        };
        AuthenticatorCreate: {
            /** @description Client certificate (PEM) for `method=cert`. */
            certPem?: string;
            identityId: string;
            /**
             * @description Kind of authenticator: `updb` (username/password) or `cert` (client certificate).
             * @enum {string}
             */
            method: "updb" | "cert";
            /** @description Password for `method=updb`. */
            password?: string;
            tags?: components["schemas"]["Tags"];
            /** @description Login name for `method=updb`. */
            username?: string;
        };
        AuthenticatorDetail: components["schemas"]["BaseEntity"] & {
            certPem?: string;
            /** Format: date-time */
            extendRequestedAt?: string | null;
            fingerprint?: string;
            identity: components["schemas"]["EntityRef"];
            identityId: string;
            isExtendRequested?: boolean;
            isIssuedByNetwork?: boolean;
            isKeyRollRequested?: boolean;
            lastAuthResolvedToRoot?: boolean;
            lastExtendRolledKeys?: boolean;
            method: string;
            username?: string;
        };
        /** @description Envelope whose `data` is a AuthenticatorDetail. */
        AuthenticatorDetailEnvelope: {
            data: components["schemas"]["AuthenticatorDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds Authenticator items, `meta.pagination` the paging state. */
        AuthenticatorListEnvelope: {
            data: components["schemas"]["AuthenticatorDetail"][];
            meta: components["schemas"]["Meta"];
        };
        AuthenticatorPatch: {
            password?: string | null;
            tags?: components["schemas"]["Tags"];
            username?: string | null;
        };
        AuthenticatorPatchWithCurrent: components["schemas"]["AuthenticatorPatch"] & {
            currentPassword: string;
        };
        AuthenticatorUpdate: {
            password: string;
            tags?: components["schemas"]["Tags"];
            username: string;
        };
        AuthenticatorUpdateWithCurrent: components["schemas"]["AuthenticatorUpdate"] & {
            currentPassword: string;
        };
        /** @description Fields every stored resource has. */
        BaseEntity: {
            _links: components["schemas"]["Links"];
            /** Format: date-time */
            createdAt: string;
            id: string;
            tags?: components["schemas"]["Tags"];
            /** Format: date-time */
            updatedAt: string;
        };
        CaCreate: {
            certPem: string;
            externalIdClaim?: components["schemas"]["ExternalIdClaim"];
            identityNameFormat?: string;
            identityRoles: components["schemas"]["Roles"];
            isAuthEnabled: boolean;
            isAutoCaEnrollmentEnabled: boolean;
            isOttCaEnrollmentEnabled: boolean;
            name: string;
            tags?: components["schemas"]["Tags"];
        };
        /** @description A third-party certificate authority. */
        CaDetail: components["schemas"]["BaseEntity"] & {
            /** @description The CA certificate (PEM). */
            certPem: string;
            externalIdClaim?: components["schemas"]["ExternalIdClaim"];
            fingerprint: string;
            identityNameFormat: string;
            identityRoles: components["schemas"]["Roles"];
            isAuthEnabled: boolean;
            isAutoCaEnrollmentEnabled: boolean;
            isOttCaEnrollmentEnabled: boolean;
            isVerified: boolean;
            name: string;
            /**
             * Format: uuid
             * @description Common name the verification certificate must carry (`POST /cas/{id}/verify`).
             */
            verificationToken?: string;
        };
        /** @description Envelope whose `data` is a CaDetail. */
        CaDetailEnvelope: {
            data: components["schemas"]["CaDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds Ca items, `meta.pagination` the paging state. */
        CaListEnvelope: {
            data: components["schemas"]["CaDetail"][];
            meta: components["schemas"]["Meta"];
        };
        CaPatch: {
            externalIdClaim?: components["schemas"]["ExternalIdClaimPatch"];
            identityNameFormat?: string | null;
            identityRoles?: components["schemas"]["Roles"];
            isAuthEnabled?: boolean | null;
            isAutoCaEnrollmentEnabled?: boolean | null;
            isOttCaEnrollmentEnabled?: boolean | null;
            name?: string | null;
            tags?: components["schemas"]["Tags"];
        };
        CaUpdate: {
            externalIdClaim?: components["schemas"]["ExternalIdClaim"];
            identityNameFormat: string;
            identityRoles: components["schemas"]["Roles"];
            isAuthEnabled: boolean;
            isAutoCaEnrollmentEnabled: boolean;
            isOttCaEnrollmentEnabled: boolean;
            name: string;
            tags?: components["schemas"]["Tags"];
        };
        /** @enum {string} */
        Capability: "OIDC_AUTH" | "HA_CONTROLLER";
        /** @description List envelope: `data` holds Capability items, `meta.pagination` the paging state. */
        CapabilityListEnvelope: {
            data: components["schemas"]["Capability"][];
            meta: components["schemas"]["Meta"];
        };
        CommonEdgeRouterProperties: {
            appData?: components["schemas"]["Tags"];
            cost: number | null;
            disabled: boolean;
            hostname: string;
            isOnline: boolean;
            name: string;
            noTraversal: boolean | null;
            supportedProtocols: {
                [key: string]: string;
            };
            syncStatus: string;
        };
        ConfigCreate: {
            configTypeId: string;
            data: {
                [key: string]: unknown;
            };
            name: string;
            tags?: components["schemas"]["Tags"];
        };
        ConfigDetail: components["schemas"]["BaseEntity"] & {
            configType: components["schemas"]["EntityRef"];
            configTypeId: string;
            data: Record<string, never>;
            name: string;
        };
        /** @description Envelope whose `data` is a ConfigDetail. */
        ConfigDetailEnvelope: {
            data: components["schemas"]["ConfigDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds Config items, `meta.pagination` the paging state. */
        ConfigListEnvelope: {
            data: components["schemas"]["ConfigDetail"][];
            meta: components["schemas"]["Meta"];
        };
        ConfigPatch: {
            data?: {
                [key: string]: unknown;
            };
            name?: string;
            tags?: components["schemas"]["Tags"];
        };
        ConfigTypeCreate: {
            name: string;
            schema?: {
                [key: string]: unknown;
            };
            tags?: components["schemas"]["Tags"];
            /** @enum {string|null} */
            target?: "service" | "router" | null;
        };
        ConfigTypeDetail: components["schemas"]["BaseEntity"] & {
            name: string;
            schema: {
                [key: string]: unknown;
            };
            /** @enum {string|null} */
            target?: "service" | "router" | null;
        };
        /** @description Envelope whose `data` is a ConfigTypeDetail. */
        ConfigTypeDetailEnvelope: {
            data: components["schemas"]["ConfigTypeDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds ConfigType items, `meta.pagination` the paging state. */
        ConfigTypeListEnvelope: {
            data: components["schemas"]["ConfigTypeDetail"][];
            meta: components["schemas"]["Meta"];
        };
        ConfigTypePatch: {
            name?: string;
            schema?: {
                [key: string]: unknown;
            };
            tags?: components["schemas"]["Tags"];
        };
        ConfigTypeUpdate: {
            name: string;
            schema?: {
                [key: string]: unknown;
            };
            tags?: components["schemas"]["Tags"];
        };
        ConfigUpdate: {
            data: {
                [key: string]: unknown;
            };
            name: string;
            tags?: components["schemas"]["Tags"];
        };
        ControllerDetail: components["schemas"]["BaseEntity"] & {
            apiAddresses?: components["schemas"]["ApiAddressList"];
            certPem: string;
            ctrlAddress?: string | null;
            fingerprint: string;
            isOnline: boolean;
            isPreferredLeader?: boolean;
            /** Format: date-time */
            lastJoinedAt: string;
            name: string;
        };
        /** @description List envelope: `data` holds Controller items, `meta.pagination` the paging state. */
        ControllerListEnvelope: {
            data: components["schemas"]["ControllerDetail"][];
            meta: components["schemas"]["Meta"];
        };
        ControllerSettingCreate: components["schemas"]["ControllerSettings"] & {
            controllerId: string;
            tags?: components["schemas"]["Tags"];
        };
        ControllerSettingDetail: components["schemas"]["BaseEntity"] & components["schemas"]["ControllerSettings"];
        /** @description Envelope whose `data` is a ControllerSettingDetail. */
        ControllerSettingDetailEnvelope: {
            data: components["schemas"]["ControllerSettingDetail"];
            meta: components["schemas"]["Meta"];
        };
        ControllerSettingEffective: components["schemas"]["BaseEntity"] & {
            effective?: components["schemas"]["ControllerSettings"];
            instance?: components["schemas"]["ControllerSettings"];
        };
        /** @description Envelope whose `data` is a ControllerSettingEffective. */
        ControllerSettingEffectiveEnvelope: {
            data: components["schemas"]["ControllerSettingEffective"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds ControllerSetting items, `meta.pagination` the paging state. */
        ControllerSettingListEnvelope: {
            data: components["schemas"]["ControllerSettingDetail"][];
            meta: components["schemas"]["Meta"];
        };
        ControllerSettingPatch: components["schemas"]["ControllerSettings"] & {
            tags?: components["schemas"]["Tags"];
        };
        ControllerSettingUpdate: components["schemas"]["ControllerSettings"] & {
            tags?: components["schemas"]["Tags"];
        };
        ControllerSettings: {
            oidc?: {
                postLogoutUris?: string[];
                redirectUris?: string[];
            };
        };
        /** @description Answer to a create: the new resource's id and links. */
        CreateEnvelope: {
            data: components["schemas"]["CreateLocation"];
            meta: components["schemas"]["Meta"];
        };
        CreateLocation: {
            _links?: components["schemas"]["Links"];
            id: string;
        };
        /** @description An API session as seen by its owner, with its expiry. `token` is the session secret. */
        CurrentApiSessionDetail: components["schemas"]["ApiSessionDetail"] & {
            /** @description Seconds until `expiresAt`. */
            expirationSeconds: number;
            /**
             * Format: date-time
             * @description When the session expires unless it is used again.
             */
            expiresAt: string;
        };
        /** @description Envelope whose `data` is a CurrentApiSessionDetail. */
        CurrentApiSessionDetailEnvelope: {
            data: components["schemas"]["CurrentApiSessionDetail"];
            meta: components["schemas"]["Meta"];
        };
        DataIntegrityCheckDetail: {
            description: string;
            fixed: boolean;
        };
        /** @description State of the last (or running) datastore integrity check. */
        DataIntegrityCheckDetails: {
            /** Format: date-time */
            endTime: string;
            error: string;
            fixingErrors: boolean;
            /** @description True while the check is still running. */
            inProgress: boolean;
            results: components["schemas"]["DataIntegrityCheckDetail"][];
            /** Format: date-time */
            startTime: string;
            tooManyErrors: boolean;
        };
        /** @description Envelope whose `data` is a DataIntegrityCheckDetails. */
        DataIntegrityCheckDetailsEnvelope: {
            data: components["schemas"]["DataIntegrityCheckDetails"];
            meta: components["schemas"]["Meta"];
        };
        /**
         * @description Kind of access a policy or session grants.
         * @enum {string}
         */
        DialBind: "Dial" | "Bind" | "Invalid";
        DisableParams: {
            /** @description How long to disable; 0 means until enabled again. */
            durationMinutes: number;
        };
        EdgeRouterCreate: {
            appData?: components["schemas"]["Tags"];
            configs?: string[];
            cost?: number | null;
            ctrlChanListeners?: {
                [key: string]: string[];
            } | null;
            disabled?: boolean | null;
            isTunnelerEnabled?: boolean;
            name: string;
            noTraversal?: boolean | null;
            roleAttributes?: components["schemas"]["Attributes"];
            tags?: components["schemas"]["Tags"];
        };
        EdgeRouterDetail: components["schemas"]["BaseEntity"] & components["schemas"]["CommonEdgeRouterProperties"] & {
            certPem?: string | null;
            configs?: string[];
            ctrlChanListeners?: {
                [key: string]: string[];
            };
            /** Format: date-time */
            enrollmentCreatedAt?: string | null;
            /** Format: date-time */
            enrollmentExpiresAt?: string | null;
            enrollmentJwt?: string | null;
            enrollmentToken?: string | null;
            fingerprint?: string;
            interfaces?: components["schemas"]["NetworkInterface"][];
            isTunnelerEnabled: boolean;
            isVerified: boolean;
            roleAttributes: components["schemas"]["Attributes"];
            unverifiedCertPem?: string | null;
            unverifiedFingerprint?: string | null;
            versionInfo?: components["schemas"]["VersionInfo"];
        };
        /** @description Envelope whose `data` is a EdgeRouterDetail. */
        EdgeRouterDetailEnvelope: {
            data: components["schemas"]["EdgeRouterDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds EdgeRouter items, `meta.pagination` the paging state. */
        EdgeRouterListEnvelope: {
            data: components["schemas"]["EdgeRouterDetail"][];
            meta: components["schemas"]["Meta"];
        };
        EdgeRouterPatch: {
            appData?: components["schemas"]["Tags"];
            configs?: string[];
            cost?: number | null;
            ctrlChanListeners?: {
                [key: string]: string[];
            } | null;
            disabled?: boolean | null;
            isTunnelerEnabled?: boolean;
            name?: string | null;
            noTraversal?: boolean | null;
            roleAttributes?: components["schemas"]["Attributes"];
            tags?: components["schemas"]["Tags"];
        };
        EdgeRouterPolicyCreate: {
            edgeRouterRoles?: components["schemas"]["Roles"];
            identityRoles?: components["schemas"]["Roles"];
            name: string;
            semantic: components["schemas"]["Semantic"];
            tags?: components["schemas"]["Tags"];
        };
        EdgeRouterPolicyDetail: components["schemas"]["BaseEntity"] & {
            edgeRouterRoles: components["schemas"]["Roles"];
            edgeRouterRolesDisplay: components["schemas"]["NamedRoles"];
            identityRoles: components["schemas"]["Roles"];
            identityRolesDisplay: components["schemas"]["NamedRoles"];
            isSystem: boolean;
            name: string;
            semantic: components["schemas"]["Semantic"];
        };
        /** @description Envelope whose `data` is a EdgeRouterPolicyDetail. */
        EdgeRouterPolicyDetailEnvelope: {
            data: components["schemas"]["EdgeRouterPolicyDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds EdgeRouterPolicy items, `meta.pagination` the paging state. */
        EdgeRouterPolicyListEnvelope: {
            data: components["schemas"]["EdgeRouterPolicyDetail"][];
            meta: components["schemas"]["Meta"];
        };
        EdgeRouterPolicyPatch: {
            edgeRouterRoles?: components["schemas"]["Roles"];
            identityRoles?: components["schemas"]["Roles"];
            name?: string;
            semantic?: components["schemas"]["Semantic"];
            tags?: components["schemas"]["Tags"];
        };
        EdgeRouterPolicyUpdate: {
            edgeRouterRoles?: components["schemas"]["Roles"];
            identityRoles?: components["schemas"]["Roles"];
            name: string;
            semantic: components["schemas"]["Semantic"];
            tags?: components["schemas"]["Tags"];
        };
        EdgeRouterUpdate: {
            appData?: components["schemas"]["Tags"];
            configs?: string[];
            cost?: number | null;
            ctrlChanListeners?: {
                [key: string]: string[];
            } | null;
            disabled?: boolean | null;
            isTunnelerEnabled?: boolean;
            name: string;
            noTraversal?: boolean | null;
            roleAttributes?: components["schemas"]["Attributes"];
            tags?: components["schemas"]["Tags"];
        };
        /** @description Envelope with an empty `data` object, returned by updates, deletes and actions. */
        EmptyEnvelope: {
            /** @description Always an empty object. */
            data: Record<string, never>;
            meta: components["schemas"]["Meta"];
        };
        EnrollmentCreate: {
            /** @description CA id, for `method=ottca`. */
            caId?: string | null;
            /**
             * Format: date-time
             * @description When the enrollment stops being usable.
             */
            expiresAt: string;
            identityId: string;
            /** @enum {string} */
            method: "ott" | "ottca" | "updb";
            /** @description Login name, for `method=updb`. */
            username?: string | null;
        };
        /** @description A pending enrollment; `token` and `jwt` are enrollment secrets. */
        EnrollmentDetail: components["schemas"]["BaseEntity"] & {
            caId?: string | null;
            edgeRouter?: components["schemas"]["EntityRef"];
            edgeRouterId?: string;
            /** Format: date-time */
            expiresAt: string;
            identity?: components["schemas"]["EntityRef"];
            identityId?: string;
            jwt?: string;
            method: string;
            token: string;
            transitRouter?: components["schemas"]["EntityRef"];
            transitRouterId?: string;
            username?: string;
        };
        /** @description Envelope whose `data` is a EnrollmentDetail. */
        EnrollmentDetailEnvelope: {
            data: components["schemas"]["EnrollmentDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds Enrollment items, `meta.pagination` the paging state. */
        EnrollmentListEnvelope: {
            data: components["schemas"]["EnrollmentDetail"][];
            meta: components["schemas"]["Meta"];
        };
        EnrollmentRefresh: {
            /** Format: date-time */
            expiresAt: string;
        };
        /** @description Reference to another resource by id and name. */
        EntityRef: {
            _links?: components["schemas"]["Links"];
            entity?: string;
            id?: string;
            name?: string;
        };
        EnvInfo: {
            arch?: string;
            domain?: string;
            hostname?: string;
            os?: string;
            osRelease?: string;
            osVersion?: string;
        };
        ExternalIdClaim: {
            index: number | null;
            /** @enum {string|null} */
            location: "COMMON_NAME" | "SAN_URI" | "SAN_EMAIL" | null;
            /** @enum {string|null} */
            matcher: "ALL" | "PREFIX" | "SUFFIX" | "SCHEME" | null;
            matcherCriteria: string | null;
            /** @enum {string|null} */
            parser: "NONE" | "SPLIT" | null;
            parserCriteria: string | null;
        };
        ExternalIdClaimPatch: {
            index?: number | null;
            /** @enum {string|null} */
            location?: "COMMON_NAME" | "SAN_URI" | "SAN_EMAIL" | null;
            /** @enum {string|null} */
            matcher?: "ALL" | "PREFIX" | "SUFFIX" | "SCHEME" | null;
            matcherCriteria?: string | null;
            /** @enum {string|null} */
            parser?: "NONE" | "SPLIT" | null;
            parserCriteria?: string | null;
        };
        ExternalJwtSignerCreate: {
            audience: string | null;
            certPem?: string | null;
            claimsProperty?: string | null;
            clientId?: string | null;
            enabled: boolean;
            enrollAttributeClaimsSelector?: string;
            enrollAuthPolicyId?: string;
            enrollNameClaimsSelector?: string;
            enrollToCertEnabled?: boolean;
            enrollToTokenEnabled?: boolean;
            /** Format: uri */
            externalAuthUrl?: string | null;
            issuer: string;
            /** Format: uri */
            jwksEndpoint?: string | null;
            kid?: string | null;
            name: string;
            scopes?: string[] | null;
            tags?: components["schemas"]["Tags"];
            targetToken?: components["schemas"]["TargetToken"];
            useExternalId?: boolean | null;
        };
        ExternalJwtSignerDetail: components["schemas"]["BaseEntity"] & {
            audience: string;
            certPem: string | null;
            claimsProperty: string;
            clientId: string;
            commonName: string;
            enabled: boolean;
            enrollAttributeClaimsSelector?: string;
            enrollAuthPolicyId?: string;
            enrollNameClaimsSelector?: string;
            enrollToCertEnabled?: boolean;
            enrollToTokenEnabled?: boolean;
            /** Format: uri */
            externalAuthUrl: string;
            fingerprint: string;
            issuer: string;
            /** Format: uri */
            jwksEndpoint: string | null;
            kid: string;
            name: string;
            /** Format: date-time */
            notAfter: string;
            /** Format: date-time */
            notBefore: string;
            scopes: string[];
            targetToken: components["schemas"]["TargetToken"];
            useExternalId: boolean;
        };
        /** @description Envelope whose `data` is a ExternalJwtSignerDetail. */
        ExternalJwtSignerDetailEnvelope: {
            data: components["schemas"]["ExternalJwtSignerDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds ExternalJwtSigner items, `meta.pagination` the paging state. */
        ExternalJwtSignerListEnvelope: {
            data: components["schemas"]["ExternalJwtSignerDetail"][];
            meta: components["schemas"]["Meta"];
        };
        ExternalJwtSignerPatch: {
            audience?: string | null;
            certPem?: string | null;
            claimsProperty?: string | null;
            clientId?: string | null;
            enabled?: boolean | null;
            enrollAttributeClaimsSelector?: string | null;
            enrollAuthPolicyId?: string | null;
            enrollNameClaimsSelector?: string | null;
            enrollToCertEnabled?: boolean | null;
            enrollToTokenEnabled?: boolean | null;
            /** Format: uri */
            externalAuthUrl?: string | null;
            issuer?: string | null;
            /** Format: uri */
            jwksEndpoint?: string | null;
            kid?: string | null;
            name?: string | null;
            scopes?: string[];
            tags?: components["schemas"]["Tags"];
            targetToken?: components["schemas"]["TargetToken"];
            useExternalId?: boolean | null;
        };
        ExternalJwtSignerUpdate: {
            audience: string | null;
            certPem?: string | null;
            claimsProperty?: string | null;
            clientId?: string | null;
            enabled: boolean;
            enrollAttributeClaimsSelector?: string | null;
            enrollAuthPolicyId?: string | null;
            enrollNameClaimsSelector?: string | null;
            enrollToCertEnabled?: boolean | null;
            enrollToTokenEnabled?: boolean | null;
            /** Format: uri */
            externalAuthUrl?: string | null;
            issuer: string;
            /** Format: uri */
            jwksEndpoint?: string | null;
            kid?: string | null;
            name: string;
            scopes?: string[] | null;
            tags?: components["schemas"]["Tags"];
            targetToken?: components["schemas"]["TargetToken"];
            useExternalId?: boolean | null;
        };
        FailedServiceRequest: {
            apiSessionId?: string;
            policyFailures?: components["schemas"]["PolicyFailure"][];
            serviceId?: string;
            serviceName?: string;
            sessionType?: components["schemas"]["DialBind"];
            /** Format: date-time */
            when?: string;
        };
        /** @description List envelope: `data` holds FailedServiceRequest items, `meta.pagination` the paging state. */
        FailedServiceRequestListEnvelope: {
            data: components["schemas"]["FailedServiceRequest"][];
            meta: components["schemas"]["Meta"];
        };
        IdentityAuthenticators: {
            cert?: {
                fingerprint?: string;
                id?: string;
            };
            updb?: {
                id?: string;
                username?: string;
            };
        };
        /** @description New identity. `enrollment` picks how it will enroll (ott, ottca with a CA id, updb with a username). */
        IdentityCreate: {
            appData?: components["schemas"]["Tags"];
            authPolicyId?: string | null;
            defaultHostingCost?: components["schemas"]["TerminatorCost"];
            defaultHostingPrecedence?: components["schemas"]["TerminatorPrecedence"];
            enrollment?: {
                ott?: boolean;
                ottca?: string;
                updb?: string;
            };
            externalId?: string | null;
            isAdmin: boolean;
            name: string;
            permissions?: components["schemas"]["Permissions"];
            roleAttributes?: components["schemas"]["Attributes"];
            serviceHostingCosts?: components["schemas"]["TerminatorCostMap"];
            serviceHostingPrecedences?: components["schemas"]["TerminatorPrecedenceMap"];
            tags?: components["schemas"]["Tags"];
            type: components["schemas"]["IdentityType"];
        };
        /** @description An identity. */
        IdentityDetail: components["schemas"]["BaseEntity"] & {
            appData?: components["schemas"]["Tags"];
            authPolicy: components["schemas"]["EntityRef"];
            authPolicyId: string;
            authenticators: components["schemas"]["IdentityAuthenticators"];
            defaultHostingCost: components["schemas"]["TerminatorCost"];
            defaultHostingPrecedence?: components["schemas"]["TerminatorPrecedence"];
            disabled: boolean;
            /** Format: date-time */
            disabledAt?: string | null;
            /** Format: date-time */
            disabledUntil?: string | null;
            /** @enum {string} */
            edgeRouterConnectionStatus: "online" | "offline" | "unknown";
            enrollment: components["schemas"]["IdentityEnrollments"];
            envInfo: components["schemas"]["EnvInfo"];
            externalId: string | null;
            hasApiSession: boolean;
            hasEdgeRouterConnection: boolean;
            interfaces?: components["schemas"]["NetworkInterface"][];
            isAdmin: boolean;
            isDefaultAdmin: boolean;
            isMfaEnabled: boolean;
            name: string;
            permissions: components["schemas"]["Permissions"];
            roleAttributes: components["schemas"]["Attributes"];
            sdkInfo: components["schemas"]["SdkInfo"];
            serviceHostingCosts: components["schemas"]["TerminatorCostMap"];
            serviceHostingPrecedences: components["schemas"]["TerminatorPrecedenceMap"];
            type: components["schemas"]["EntityRef"];
            typeId: string;
        };
        /** @description Envelope whose `data` is a IdentityDetail. */
        IdentityDetailEnvelope: {
            data: components["schemas"]["IdentityDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description Pending enrollments of an identity; `token` and `jwt` are enrollment secrets. */
        IdentityEnrollments: {
            ott?: {
                /** Format: date-time */
                expiresAt?: string;
                id?: string;
                jwt?: string;
                token?: string;
            };
            ottca?: {
                ca?: components["schemas"]["EntityRef"];
                caId?: string;
                /** Format: date-time */
                expiresAt?: string;
                id?: string;
                jwt?: string;
                token?: string;
            };
            updb?: {
                /** Format: date-time */
                expiresAt?: string;
                id?: string;
                jwt?: string;
                token?: string;
            };
        };
        IdentityExtendCerts: {
            ca?: string;
            clientCert?: string;
        };
        /** @description Envelope whose `data` is a IdentityExtendCerts. */
        IdentityExtendCertsEnvelope: {
            data: components["schemas"]["IdentityExtendCerts"];
            meta: components["schemas"]["Meta"];
        };
        IdentityExtendEnrollmentRequest: {
            clientCertCsr: string;
        };
        IdentityExtendValidateEnrollmentRequest: {
            clientCert: string;
        };
        /** @description List envelope: `data` holds Identity items, `meta.pagination` the paging state. */
        IdentityListEnvelope: {
            data: components["schemas"]["IdentityDetail"][];
            meta: components["schemas"]["Meta"];
        };
        IdentityPatch: {
            appData?: components["schemas"]["Tags"];
            authPolicyId?: string | null;
            defaultHostingCost?: components["schemas"]["TerminatorCost"];
            defaultHostingPrecedence?: components["schemas"]["TerminatorPrecedence"];
            externalId?: string | null;
            isAdmin?: boolean | null;
            name?: string | null;
            permissions?: components["schemas"]["Permissions"];
            roleAttributes?: components["schemas"]["Attributes"];
            serviceHostingCosts?: components["schemas"]["TerminatorCostMap"];
            serviceHostingPrecedences?: components["schemas"]["TerminatorPrecedenceMap"];
            tags?: components["schemas"]["Tags"];
            type?: components["schemas"]["IdentityType"];
        };
        /** @enum {string} */
        IdentityType: "User" | "Device" | "Service" | "Router" | "Default";
        IdentityTypeDetail: components["schemas"]["BaseEntity"] & {
            name?: string;
        };
        /** @description Envelope whose `data` is a IdentityTypeDetail. */
        IdentityTypeDetailEnvelope: {
            data: components["schemas"]["IdentityTypeDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds IdentityType items, `meta.pagination` the paging state. */
        IdentityTypeListEnvelope: {
            data: components["schemas"]["IdentityTypeDetail"][];
            meta: components["schemas"]["Meta"];
        };
        IdentityUpdate: {
            appData?: components["schemas"]["Tags"];
            authPolicyId?: string | null;
            defaultHostingCost?: components["schemas"]["TerminatorCost"];
            defaultHostingPrecedence?: components["schemas"]["TerminatorPrecedence"];
            externalId?: string | null;
            isAdmin: boolean;
            name: string;
            permissions?: components["schemas"]["Permissions"];
            roleAttributes?: components["schemas"]["Attributes"];
            serviceHostingCosts?: components["schemas"]["TerminatorCostMap"];
            serviceHostingPrecedences?: components["schemas"]["TerminatorPrecedenceMap"];
            tags?: components["schemas"]["Tags"];
            type: components["schemas"]["IdentityType"];
        };
        Link: {
            comment?: string;
            /** Format: uri */
            href: string;
            method?: string;
        };
        /** @description HAL-style links keyed by relation name. */
        Links: {
            [key: string]: components["schemas"]["Link"];
        };
        /** @description Response metadata; `pagination` is filled on list responses. */
        Meta: {
            apiEnrollmentVersion?: string;
            apiVersion?: string;
            filterableFields?: string[];
            pagination?: components["schemas"]["Pagination"];
        };
        /** @description A TOTP code or an MFA recovery code. */
        MfaCode: {
            /** @description TOTP code or recovery code. */
            code: string;
        };
        MfaDetail: components["schemas"]["BaseEntity"] & {
            isVerified: boolean;
            provisioningUrl?: string;
            recoveryCodes?: string[];
        };
        /** @description Envelope whose `data` is a MfaDetail. */
        MfaDetailEnvelope: {
            data: components["schemas"]["MfaDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @enum {string} */
        MfaFormat: "numeric" | "alpha" | "alphaNumeric";
        /** @enum {string} */
        MfaProvider: "ziti" | "url";
        MfaRecoveryCodes: components["schemas"]["BaseEntity"] & {
            recoveryCodes: string[];
        };
        /** @description Envelope whose `data` is a MfaRecoveryCodes. */
        MfaRecoveryCodesEnvelope: {
            data: components["schemas"]["MfaRecoveryCodes"];
            meta: components["schemas"]["Meta"];
        };
        NamedRole: {
            name?: string;
            role?: string;
        };
        NamedRoles: components["schemas"]["NamedRole"][];
        NetworkInterface: {
            addresses?: string[];
            hardwareAddress: string;
            index: number;
            isBroadcast: boolean;
            isLoopback: boolean;
            isMulticast: boolean;
            isRunning: boolean;
            isUp: boolean;
            mtu: number;
            name: string;
        };
        NetworkJwt: {
            name: string;
            token: string;
        };
        /** @description List envelope: `data` holds NetworkJwt items, `meta.pagination` the paging state. */
        NetworkJwtListEnvelope: {
            data: components["schemas"]["NetworkJwt"][];
            meta: components["schemas"]["Meta"];
        };
        OperatingSystem: {
            type: components["schemas"]["OsType"];
            versions: string[];
        };
        /** @enum {string} */
        OsType: "Windows" | "WindowsServer" | "Android" | "iOS" | "Linux" | "macOS";
        /** @description Paging state of a list response. */
        Pagination: {
            /** Format: int64 */
            limit: number;
            /** Format: int64 */
            offset: number;
            /** Format: int64 */
            totalCount: number;
        };
        Permissions: ("admin_readonly" | "auth-policy" | "auth-policy.read" | "auth-policy.create" | "auth-policy.update" | "auth-policy.delete" | "ca" | "ca.read" | "ca.create" | "ca.update" | "ca.delete" | "config" | "config.read" | "config.create" | "config.update" | "config.delete" | "config-type" | "config-type.read" | "config-type.create" | "config-type.update" | "config-type.delete" | "edge-router-policy" | "edge-router-policy.read" | "edge-router-policy.create" | "edge-router-policy.update" | "edge-router-policy.delete" | "enrollment" | "enrollment.read" | "enrollment.create" | "enrollment.update" | "enrollment.delete" | "external-jwt-signer" | "external-jwt-signer.read" | "external-jwt-signer.create" | "external-jwt-signer.update" | "external-jwt-signer.delete" | "identity" | "identity.read" | "identity.create" | "identity.update" | "identity.delete" | "ops" | "ops.read" | "ops.update" | "ops.delete" | "posture-check" | "posture-check.read" | "posture-check.create" | "posture-check.update" | "posture-check.delete" | "router" | "router.read" | "router.create" | "router.update" | "router.delete" | "service" | "service.read" | "service.create" | "service.update" | "service.delete" | "service-edge-router-policy" | "service-edge-router-policy.read" | "service-edge-router-policy.create" | "service-edge-router-policy.update" | "service-edge-router-policy.delete" | "service-policy" | "service-policy.read" | "service-policy.create" | "service-policy.update" | "service-policy.delete" | "terminator" | "terminator.read" | "terminator.create" | "terminator.update" | "terminator.delete")[] | null;
        /** @description Whether an identity can use a service and through which routers. */
        PolicyAdvice: {
            commonRouters?: components["schemas"]["RouterEntityRef"][];
            identity?: components["schemas"]["EntityRef"];
            identityId?: string;
            /** Format: int32 */
            identityRouterCount?: number;
            isBindAllowed?: boolean;
            isDialAllowed?: boolean;
            service?: components["schemas"]["EntityRef"];
            serviceId?: string;
            /** Format: int32 */
            serviceRouterCount?: number;
        };
        /** @description Envelope whose `data` is a PolicyAdvice. */
        PolicyAdviceEnvelope: {
            data: components["schemas"]["PolicyAdvice"];
            meta: components["schemas"]["Meta"];
        };
        PolicyFailure: {
            checks?: components["schemas"]["PostureCheckFailure"][];
            policyId?: string;
            policyName?: string;
        };
        PostureCheckCreate: {
            name: string;
            roleAttributes?: components["schemas"]["Attributes"];
            tags?: components["schemas"]["Tags"];
            typeId: components["schemas"]["PostureCheckType"];
        } & components["schemas"]["PostureCheckTypeFields"];
        PostureCheckDetail: {
            _links: components["schemas"]["Links"];
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            roleAttributes: components["schemas"]["Attributes"];
            tags: components["schemas"]["Tags"];
            typeId: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        } & components["schemas"]["PostureCheckTypeFields"];
        /** @description Envelope whose `data` is a PostureCheckDetail. */
        PostureCheckDetailEnvelope: {
            data: components["schemas"]["PostureCheckDetail"];
            meta: components["schemas"]["Meta"];
        };
        PostureCheckFailure: {
            postureCheckId: string;
            postureCheckName: string;
            postureCheckType: string;
        };
        /** @description List envelope: `data` holds PostureCheck items, `meta.pagination` the paging state. */
        PostureCheckListEnvelope: {
            data: components["schemas"]["PostureCheckDetail"][];
            meta: components["schemas"]["Meta"];
        };
        PostureCheckPatch: {
            name?: string;
            roleAttributes?: components["schemas"]["Attributes"];
            tags?: components["schemas"]["Tags"];
            typeId: components["schemas"]["PostureCheckType"];
        } & components["schemas"]["PostureCheckTypeFields"];
        /** @description Process requirement of a PROCESS posture check. */
        PostureCheckProcess: {
            osType?: components["schemas"]["OsType"];
            path?: string;
            hashes?: string[];
            signerFingerprint?: string;
        };
        /** @description One process requirement of a PROCESS_MULTI posture check. */
        PostureCheckProcessMulti: {
            osType?: components["schemas"]["OsType"];
            path?: string;
            hashes?: string[];
            signerFingerprints?: string[];
        };
        /** @enum {string} */
        PostureCheckType: "OS" | "PROCESS" | "DOMAIN" | "MAC" | "MFA" | "PROCESS_MULTI";
        PostureCheckTypeDetail: components["schemas"]["BaseEntity"] & {
            name: string;
            operatingSystems: components["schemas"]["OperatingSystem"][];
            version: string;
        };
        /** @description Envelope whose `data` is a PostureCheckTypeDetail. */
        PostureCheckTypeDetailEnvelope: {
            data: components["schemas"]["PostureCheckTypeDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description Fields that depend on `typeId`: OS uses `operatingSystems`; DOMAIN uses `domains`; MAC uses `macAddresses`; PROCESS uses `process`; PROCESS_MULTI uses `semantic` and `processes`; MFA uses `timeoutSeconds`, `promptOnWake`, `promptOnUnlock` and `ignoreLegacyEndpoints`. */
        PostureCheckTypeFields: {
            operatingSystems?: components["schemas"]["OperatingSystem"][];
            domains?: string[];
            macAddresses?: string[];
            process?: components["schemas"]["PostureCheckProcess"];
            semantic?: components["schemas"]["Semantic"];
            processes?: components["schemas"]["PostureCheckProcessMulti"][];
            timeoutSeconds?: number;
            promptOnWake?: boolean;
            promptOnUnlock?: boolean;
            ignoreLegacyEndpoints?: boolean;
        };
        /** @description List envelope: `data` holds PostureCheckType items, `meta.pagination` the paging state. */
        PostureCheckTypeListEnvelope: {
            data: components["schemas"]["PostureCheckTypeDetail"][];
            meta: components["schemas"]["Meta"];
        };
        PostureCheckUpdate: {
            name: string;
            roleAttributes?: components["schemas"]["Attributes"];
            tags?: components["schemas"]["Tags"];
            typeId?: components["schemas"]["PostureCheckType"];
        } & components["schemas"]["PostureCheckTypeFields"];
        PostureData: {
            apiSessionPostureData: {
                [key: string]: components["schemas"]["ApiSessionPostureData"];
            };
            domain: components["schemas"]["PostureDataDomain"];
            mac: components["schemas"]["PostureDataMac"];
            os: components["schemas"]["PostureDataOs"];
            processes: components["schemas"]["PostureDataProcess"][];
        };
        PostureDataBase: {
            /** Format: date-time */
            lastUpdatedAt: string;
            postureCheckId: string;
            timedOut: boolean;
        };
        PostureDataDomain: components["schemas"]["PostureDataBase"] & {
            domain: string;
        };
        PostureDataEndpointState: {
            /** Format: date-time */
            unlockedAt: string;
            /** Format: date-time */
            wokenAt: string;
        };
        /** @description Envelope whose `data` is a PostureData. */
        PostureDataEnvelope: {
            data: components["schemas"]["PostureData"];
            meta: components["schemas"]["Meta"];
        };
        PostureDataMac: components["schemas"]["PostureDataBase"] & {
            addresses: string[];
        };
        PostureDataMfa: {
            apiSessionId: string;
            /** Format: date-time */
            passedAt: string;
            passedMfa: boolean;
            passedOnUnlock: boolean;
            passedOnWake: boolean;
        };
        PostureDataOs: components["schemas"]["PostureDataBase"] & {
            build: string;
            type: string;
            version: string;
        };
        PostureDataProcess: components["schemas"]["PostureDataBase"] & {
            binaryHash?: string;
            isRunning?: boolean;
            signerFingerprints?: string[];
        };
        PostureQueries: {
            isPassing: boolean;
            policyId: string;
            policyType?: components["schemas"]["DialBind"];
            postureQueries: components["schemas"]["PostureQuery"][];
        };
        PostureQuery: components["schemas"]["BaseEntity"] & {
            isPassing: boolean;
            process?: components["schemas"]["PostureQueryProcess"];
            processes?: components["schemas"]["PostureQueryProcess"][];
            promptGracePeriodSeconds?: number;
            promptOnUnlock?: boolean;
            promptOnWake?: boolean;
            queryType: components["schemas"]["PostureCheckType"];
            timeout: number;
            /** Format: date-time */
            timeoutAt?: string | null;
            timeoutRemaining: number;
        };
        PostureQueryProcess: {
            osType?: components["schemas"]["OsType"];
            path?: string;
        };
        ReEnrollRequest: {
            /** Format: date-time */
            expiresAt: string;
        };
        RequestExtendAuthenticator: {
            rollKeys?: boolean;
        };
        RevocationCreate: {
            id: string;
            tags?: components["schemas"]["Tags"];
            type: components["schemas"]["RevocationType"];
        };
        RevocationDetail: components["schemas"]["BaseEntity"] & {
            /** Format: date-time */
            expiresAt: string;
            type: components["schemas"]["RevocationType"];
        };
        /** @description Envelope whose `data` is a RevocationDetail. */
        RevocationDetailEnvelope: {
            data: components["schemas"]["RevocationDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds Revocation items, `meta.pagination` the paging state. */
        RevocationListEnvelope: {
            data: components["schemas"]["RevocationDetail"][];
            meta: components["schemas"]["Meta"];
        };
        /** @enum {string} */
        RevocationType: "JTI" | "IDENTITY" | "API_SESSION";
        /** @description List envelope: `data` holds RoleAttribute items, `meta.pagination` the paging state. */
        RoleAttributeListEnvelope: {
            data: string[];
            meta: components["schemas"]["Meta"];
        };
        /** @description Role selectors: `#attribute`, `@id`, or `#all`. */
        Roles: string[];
        RouterCreate: {
            configs?: string[];
            cost?: number | null;
            ctrlChanListeners?: {
                [key: string]: string[];
            } | null;
            disabled?: boolean | null;
            name: string;
            noTraversal?: boolean | null;
            tags?: components["schemas"]["Tags"];
        };
        RouterDetail: components["schemas"]["BaseEntity"] & {
            configs?: string[];
            cost: number;
            ctrlChanListeners?: {
                [key: string]: string[];
            };
            disabled: boolean;
            /** Format: date-time */
            enrollmentCreatedAt?: string | null;
            /** Format: date-time */
            enrollmentExpiresAt?: string | null;
            enrollmentJwt?: string | null;
            enrollmentToken?: string | null;
            fingerprint: string;
            interfaces?: components["schemas"]["NetworkInterface"][];
            isOnline: boolean;
            isVerified: boolean;
            name: string;
            noTraversal: boolean;
            unverifiedCertPem?: string | null;
            unverifiedFingerprint?: string | null;
        };
        /** @description Envelope whose `data` is a RouterDetail. */
        RouterDetailEnvelope: {
            data: components["schemas"]["RouterDetail"];
            meta: components["schemas"]["Meta"];
        };
        RouterEntityRef: components["schemas"]["EntityRef"] & {
            isOnline: boolean;
        };
        /** @description List envelope: `data` holds Router items, `meta.pagination` the paging state. */
        RouterListEnvelope: {
            data: components["schemas"]["RouterDetail"][];
            meta: components["schemas"]["Meta"];
        };
        RouterPatch: {
            configs?: string[];
            cost?: number | null;
            ctrlChanListeners?: {
                [key: string]: string[];
            } | null;
            disabled?: boolean | null;
            name?: string;
            noTraversal?: boolean | null;
            tags?: components["schemas"]["Tags"];
        };
        RouterUpdate: {
            configs?: string[];
            cost?: number | null;
            ctrlChanListeners?: {
                [key: string]: string[];
            } | null;
            disabled?: boolean | null;
            name: string;
            noTraversal?: boolean | null;
            tags?: components["schemas"]["Tags"];
        };
        SdkInfo: {
            appId?: string;
            appVersion?: string;
            branch?: string;
            revision?: string;
            type?: string;
            version?: string;
        };
        /**
         * @description How several role selectors combine.
         * @enum {string}
         */
        Semantic: "AllOf" | "AnyOf";
        ServiceConfigAssign: {
            configId: string;
            serviceId: string;
        };
        ServiceConfigAssignList: components["schemas"]["ServiceConfigAssign"][];
        ServiceConfigDetail: {
            config: components["schemas"]["EntityRef"];
            configId: string;
            service: components["schemas"]["EntityRef"];
            serviceId: string;
        };
        /** @description List envelope: `data` holds ServiceConfig items, `meta.pagination` the paging state. */
        ServiceConfigListEnvelope: {
            data: components["schemas"]["ServiceConfigDetail"][];
            meta: components["schemas"]["Meta"];
        };
        ServiceCreate: {
            configs?: string[];
            encryptionRequired: boolean;
            maxIdleTimeMillis?: number;
            name: string;
            roleAttributes?: string[];
            tags?: components["schemas"]["Tags"];
            terminatorStrategy?: string;
        };
        ServiceDetail: components["schemas"]["BaseEntity"] & {
            config: {
                [key: string]: {
                    [key: string]: Record<string, never>;
                };
            };
            configs: string[];
            encryptionRequired: boolean;
            maxIdleTimeMillis: number;
            name: string;
            permissions: components["schemas"]["DialBind"][];
            postureQueries: components["schemas"]["PostureQueries"][];
            roleAttributes: components["schemas"]["Attributes"];
            terminatorStrategy: string;
        };
        /** @description Envelope whose `data` is a ServiceDetail. */
        ServiceDetailEnvelope: {
            data: components["schemas"]["ServiceDetail"];
            meta: components["schemas"]["Meta"];
        };
        ServiceEdgeRouterPolicyCreate: {
            edgeRouterRoles?: components["schemas"]["Roles"];
            name: string;
            semantic: components["schemas"]["Semantic"];
            serviceRoles?: components["schemas"]["Roles"];
            tags?: components["schemas"]["Tags"];
        };
        ServiceEdgeRouterPolicyDetail: components["schemas"]["BaseEntity"] & {
            edgeRouterRoles: components["schemas"]["Roles"];
            edgeRouterRolesDisplay: components["schemas"]["NamedRoles"];
            name: string;
            semantic: components["schemas"]["Semantic"];
            serviceRoles: components["schemas"]["Roles"];
            serviceRolesDisplay: components["schemas"]["NamedRoles"];
        };
        /** @description Envelope whose `data` is a ServiceEdgeRouterPolicyDetail. */
        ServiceEdgeRouterPolicyDetailEnvelope: {
            data: components["schemas"]["ServiceEdgeRouterPolicyDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds ServiceEdgeRouterPolicy items, `meta.pagination` the paging state. */
        ServiceEdgeRouterPolicyListEnvelope: {
            data: components["schemas"]["ServiceEdgeRouterPolicyDetail"][];
            meta: components["schemas"]["Meta"];
        };
        ServiceEdgeRouterPolicyPatch: {
            edgeRouterRoles?: components["schemas"]["Roles"];
            name?: string;
            semantic?: components["schemas"]["Semantic"];
            serviceRoles?: components["schemas"]["Roles"];
            tags?: components["schemas"]["Tags"];
        };
        ServiceEdgeRouterPolicyUpdate: {
            edgeRouterRoles?: components["schemas"]["Roles"];
            name: string;
            semantic: components["schemas"]["Semantic"];
            serviceRoles?: components["schemas"]["Roles"];
            tags?: components["schemas"]["Tags"];
        };
        /** @description List envelope: `data` holds Service items, `meta.pagination` the paging state. */
        ServiceListEnvelope: {
            data: components["schemas"]["ServiceDetail"][];
            meta: components["schemas"]["Meta"];
        };
        ServicePatch: {
            configs?: string[];
            encryptionRequired?: boolean;
            maxIdleTimeMillis?: number;
            name?: string;
            roleAttributes?: string[];
            tags?: components["schemas"]["Tags"];
            terminatorStrategy?: string;
        };
        ServicePolicyCreate: {
            identityRoles?: components["schemas"]["Roles"];
            name: string;
            postureCheckRoles?: components["schemas"]["Roles"];
            semantic: components["schemas"]["Semantic"];
            serviceRoles?: components["schemas"]["Roles"];
            tags?: components["schemas"]["Tags"];
            type: components["schemas"]["DialBind"];
        };
        ServicePolicyDetail: components["schemas"]["BaseEntity"] & {
            identityRoles: components["schemas"]["Roles"];
            identityRolesDisplay: components["schemas"]["NamedRoles"];
            name: string;
            postureCheckRoles: components["schemas"]["Roles"];
            postureCheckRolesDisplay: components["schemas"]["NamedRoles"];
            semantic: components["schemas"]["Semantic"];
            serviceRoles: components["schemas"]["Roles"];
            serviceRolesDisplay: components["schemas"]["NamedRoles"];
            type: components["schemas"]["DialBind"];
        };
        /** @description Envelope whose `data` is a ServicePolicyDetail. */
        ServicePolicyDetailEnvelope: {
            data: components["schemas"]["ServicePolicyDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds ServicePolicy items, `meta.pagination` the paging state. */
        ServicePolicyListEnvelope: {
            data: components["schemas"]["ServicePolicyDetail"][];
            meta: components["schemas"]["Meta"];
        };
        ServicePolicyPatch: {
            identityRoles?: components["schemas"]["Roles"];
            name?: string;
            postureCheckRoles?: components["schemas"]["Roles"];
            semantic?: components["schemas"]["Semantic"];
            serviceRoles?: components["schemas"]["Roles"];
            tags?: components["schemas"]["Tags"];
            type?: components["schemas"]["DialBind"];
        };
        ServicePolicyUpdate: {
            identityRoles?: components["schemas"]["Roles"];
            name: string;
            postureCheckRoles?: components["schemas"]["Roles"];
            semantic: components["schemas"]["Semantic"];
            serviceRoles?: components["schemas"]["Roles"];
            tags?: components["schemas"]["Tags"];
            type: components["schemas"]["DialBind"];
        };
        ServiceUpdate: {
            configs?: string[];
            encryptionRequired?: boolean;
            maxIdleTimeMillis?: number;
            name: string;
            roleAttributes?: string[];
            tags?: components["schemas"]["Tags"];
            terminatorStrategy?: string;
        };
        SessionDetail: components["schemas"]["BaseEntity"] & {
            apiSession: components["schemas"]["EntityRef"];
            apiSessionId: string;
            edgeRouters: components["schemas"]["SessionEdgeRouter"][];
            identityId: string;
            service: components["schemas"]["EntityRef"];
            serviceId: string;
            token: string;
            type: components["schemas"]["DialBind"];
        };
        SessionEdgeRouter: components["schemas"]["CommonEdgeRouterProperties"] & {
            urls: {
                [key: string]: string;
            };
        };
        SessionManagementDetail: components["schemas"]["SessionDetail"] & {
            servicePolicies?: components["schemas"]["EntityRef"][];
        };
        /** @description Envelope whose `data` is a SessionManagementDetail. */
        SessionManagementDetailEnvelope: {
            data: components["schemas"]["SessionManagementDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds SessionManagement items, `meta.pagination` the paging state. */
        SessionManagementListEnvelope: {
            data: components["schemas"]["SessionManagementDetail"][];
            meta: components["schemas"]["Meta"];
        };
        SessionRoutePathDetail: {
            routePath?: string[];
        };
        /** @description Envelope whose `data` is a SessionRoutePathDetail. */
        SessionRoutePathDetailEnvelope: {
            data: components["schemas"]["SessionRoutePathDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description The specification document as a string. */
        SpecBody: string;
        /** @description Envelope whose `data` is a SpecBody. */
        SpecBodyEnvelope: {
            data: components["schemas"]["SpecBody"];
            meta: components["schemas"]["Meta"];
        };
        SpecDetail: components["schemas"]["BaseEntity"] & {
            name: string;
        };
        /** @description Envelope whose `data` is a SpecDetail. */
        SpecDetailEnvelope: {
            data: components["schemas"]["SpecDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds Spec items, `meta.pagination` the paging state. */
        SpecListEnvelope: {
            data: components["schemas"]["SpecDetail"][];
            meta: components["schemas"]["Meta"];
        };
        /** @description Resource counts keyed by resource type. */
        SummaryCounts: {
            [key: string]: number;
        };
        /** @description Envelope whose `data` is a SummaryCounts. */
        SummaryCountsEnvelope: {
            data: components["schemas"]["SummaryCounts"];
            meta: components["schemas"]["Meta"];
        };
        /** @description User-defined key/value tags. Values are strings, booleans or null. */
        Tags: {
            [key: string]: string | boolean | null;
        } | null;
        /** @enum {string|null} */
        TargetToken: "ACCESS" | "ID" | null;
        /** @description Routing cost, 0..65535. */
        TerminatorCost: number;
        TerminatorCostMap: {
            [key: string]: components["schemas"]["TerminatorCost"];
        };
        TerminatorCreate: {
            address: string;
            binding: string;
            cost?: components["schemas"]["TerminatorCost"];
            identity?: string;
            /**
             * Format: byte
             * @description Secret that proves the hosting identity (base64).
             */
            identitySecret?: string;
            precedence?: components["schemas"]["TerminatorPrecedence"];
            router: string;
            service: string;
            tags?: components["schemas"]["Tags"];
        };
        TerminatorDetail: components["schemas"]["BaseEntity"] & {
            address: string;
            binding: string;
            cost: components["schemas"]["TerminatorCost"];
            dynamicCost: components["schemas"]["TerminatorCost"];
            identity: string;
            precedence: components["schemas"]["TerminatorPrecedence"];
            router: components["schemas"]["EntityRef"];
            routerId: string;
            service: components["schemas"]["EntityRef"];
            serviceId: string;
        };
        /** @description Envelope whose `data` is a TerminatorDetail. */
        TerminatorDetailEnvelope: {
            data: components["schemas"]["TerminatorDetail"];
            meta: components["schemas"]["Meta"];
        };
        /** @description List envelope: `data` holds Terminator items, `meta.pagination` the paging state. */
        TerminatorListEnvelope: {
            data: components["schemas"]["TerminatorDetail"][];
            meta: components["schemas"]["Meta"];
        };
        TerminatorPatch: {
            address?: string;
            binding?: string;
            cost?: components["schemas"]["TerminatorCost"];
            precedence?: components["schemas"]["TerminatorPrecedence"];
            router?: string;
            service?: string;
            tags?: components["schemas"]["Tags"];
        };
        /**
         * @description Terminator preference used when routing.
         * @enum {string}
         */
        TerminatorPrecedence: "default" | "required" | "failed";
        TerminatorPrecedenceMap: {
            [key: string]: components["schemas"]["TerminatorPrecedence"];
        };
        TerminatorUpdate: {
            address: string;
            binding: string;
            cost?: components["schemas"]["TerminatorCost"];
            precedence?: components["schemas"]["TerminatorPrecedence"];
            router: string;
            service: string;
            tags?: components["schemas"]["Tags"];
        };
        TotpToken: {
            /** Format: date-time */
            issuedAt: string;
            token: string;
        };
        /** @description Envelope whose `data` is a TotpToken. */
        TotpTokenEnvelope: {
            data: components["schemas"]["TotpToken"];
            meta: components["schemas"]["Meta"];
        };
        TraceDetail: {
            enabled?: boolean;
            traceId?: string;
            /** Format: date-time */
            until?: string;
        };
        /** @description Envelope whose `data` is a TraceDetail. */
        TraceDetailEnvelope: {
            data: components["schemas"]["TraceDetail"];
            meta: components["schemas"]["Meta"];
        };
        TraceSpec: {
            channels?: string[];
            duration?: string;
            enabled?: boolean;
            traceId?: string;
        };
        /** @description Controller build and the API base URLs it serves. */
        Version: {
            apiVersions?: {
                [key: string]: {
                    [key: string]: components["schemas"]["ApiVersion"];
                };
            };
            buildDate?: string;
            capabilities?: string[];
            revision?: string;
            runtimeVersion?: string;
            version?: string;
        };
        /** @description Envelope whose `data` is a Version. */
        VersionEnvelope: {
            data: components["schemas"]["Version"];
            meta: components["schemas"]["Meta"];
        };
        VersionInfo: {
            arch: string;
            buildDate: string;
            os: string;
            revision: string;
            version: string;
        };
    };
    responses: {
        /** @description The request was malformed or failed validation. */
        BadRequest: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description No valid session or token, or the credentials were rejected. */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description The caller lacks the permission for this action. */
        Forbidden: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description No resource with that id. */
        NotFound: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description The resource is in use or the request conflicts with its state. */
        Conflict: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description Rate limited; retry later (no Retry-After header is sent). */
        TooManyRequests: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description The controller cannot serve the request now (e.g. no cluster leader). */
        ServiceUnavailable: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description Any other client error. */
        ClientError: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description Unexpected error. */
        Error: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description Done; `data` is an empty object. */
        Empty: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EmptyEnvelope"];
            };
        };
        /** @description Accepted; the work continues in the background. */
        Accepted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EmptyEnvelope"];
            };
        };
        /** @description Created; `data.id` is the new resource's id. */
        Created: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CreateEnvelope"];
            };
        };
    };
    parameters: {
        /** @description Id of the resource. */
        Id: string;
        /** @description Id of the service. */
        ServiceId: string;
        /** @description Page size. The controller uses a small default page (10) when it is absent. */
        Limit: number;
        /** @description Number of items to skip. */
        Offset: number;
        /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
        Filter: string;
        /** @description Role selectors (`#attr`, `@id`); repeat the parameter for several. */
        RoleFilter: string[];
        /** @description How several `roleFilter` values combine. */
        RoleSemantic: "AllOf" | "AnyOf";
        /** @description Limit to dial or bind access. */
        PolicyType: "dial" | "bind";
        /** @description Config type ids or names whose configs should be embedded in each service; `all` for every type. Repeat the parameter for several. */
        ConfigTypes: string[];
        /** @description A current TOTP code of the caller's MFA enrollment. */
        MfaValidationCode: string;
        /** @description Login method. */
        AuthMethod: "password" | "cert" | "ext-jwt";
    };
    requestBodies: never;
    headers: {
        /** @description Authentication challenge describing the accepted schemes. */
        "WWW-Authenticate": string;
    };
    pathItems: never;
}
/** Definitions of the OpenZiti Edge Management spec. */
export type $defs = Record<string, never>;
/** Every operation of the OpenZiti Edge Management spec by operationId: parameters, request body, responses. */
export interface operations {
    listRoot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Controller version information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionEnvelope"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            default: components["responses"]["Error"];
        };
    };
    listWellKnownCas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Base64-encoded PKCS#7 (certs-only) bundle of the trusted CAs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pkcs7-mime": string;
                };
            };
            "4XX": components["responses"]["ClientError"];
            default: components["responses"]["Error"];
        };
    };
    listAPISessions: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiSessionListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailAPISessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiSessionDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteAPISessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listAuthPolicies: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthPolicyListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createAuthPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthPolicyCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailAuthPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authentication policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthPolicyDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateAuthPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthPolicyUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteAuthPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchAuthPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthPolicyPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    authenticate: {
        parameters: {
            query: {
                /** @description Login method. */
                method: components["parameters"]["AuthMethod"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Credentials for `method=password`; optional client details for every method. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AuthenticateRequest"];
            };
        };
        responses: {
            /** @description Logged in; `data.token` is the session token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentApiSessionDetailEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    authenticateMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCode"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listAuthenticators: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthenticatorListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createAuthenticator: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthenticatorCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailAuthenticator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authenticator. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthenticatorDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateAuthenticator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthenticatorUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteAuthenticator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchAuthenticator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthenticatorPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    reEnrollAuthenticator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReEnrollRequest"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    requestExtendAuthenticator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestExtendAuthenticator"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listCas: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createCa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailCa: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate authority. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateCa: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteCa: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchCa: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getCaJwt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrollment JWT as text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/jwt": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    verifyCa: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/plain": string;
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listConfigTypes: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigTypeListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createConfigType: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfigTypeCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailConfigType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The config type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigTypeDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateConfigType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfigTypeUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteConfigType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchConfigType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfigTypePatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listConfigsForConfigType: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listConfigs: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfigCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The config. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfigUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfigPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listConfigServices: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listControllerSettings: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControllerSettingListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    createControllerSetting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ControllerSettingCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    detailControllerSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The controller settings record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControllerSettingDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    detailControllerSettingEffective: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Instance and effective settings of the controller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControllerSettingEffectiveEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    updateControllerSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ControllerSettingUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    deleteControllerSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    patchControllerSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ControllerSettingPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listControllers: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControllerListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getCurrentAPISession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's API session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentApiSessionDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Error"];
        };
    };
    deleteCurrentApiSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Error"];
        };
    };
    createTotpToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCode"];
            };
        };
        responses: {
            /** @description The TOTP token and when it was issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpTokenEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    getCurrentIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's identity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Error"];
        };
    };
    listCurrentIdentityAuthenticators: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthenticatorListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Error"];
        };
    };
    detailCurrentIdentityAuthenticator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authenticator. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthenticatorDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    updateCurrentIdentityAuthenticator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthenticatorUpdateWithCurrent"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    patchCurrentIdentityAuthenticator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthenticatorPatchWithCurrent"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    extendCurrentIdentityAuthenticator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityExtendEnrollmentRequest"];
            };
        };
        responses: {
            /** @description The new client certificate and its CA chain (PEM). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityExtendCertsEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Error"];
        };
    };
    extendVerifyCurrentIdentityAuthenticator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityExtendValidateEnrollmentRequest"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Error"];
        };
    };
    detailMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The MFA enrollment; `provisioningUrl` and `recoveryCodes` only before verification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    enrollMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: components["responses"]["Created"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["Error"];
        };
    };
    deleteMfa: {
        parameters: {
            query?: never;
            header?: {
                /** @description A current TOTP code of the caller's MFA enrollment. */
                "mfa-validation-code"?: components["parameters"]["MfaValidationCode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    detailMfaQrCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PNG image of the enrollment's provisioning QR code. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    detailMfaRecoveryCodes: {
        parameters: {
            query?: never;
            header?: {
                /** @description A current TOTP code of the caller's MFA enrollment. */
                "mfa-validation-code"?: components["parameters"]["MfaValidationCode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recovery codes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaRecoveryCodesEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    createMfaRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCode"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    verifyMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCode"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    checkDataIntegrity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    dataIntegrityResults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description State and findings of the integrity check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataIntegrityCheckDetailsEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    fixDataIntegrity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    createDatabaseSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listEdgeRouterPolicies: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeRouterPolicyListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createEdgeRouterPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeRouterPolicyCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailEdgeRouterPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The edge router policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeRouterPolicyDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateEdgeRouterPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeRouterPolicyUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteEdgeRouterPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchEdgeRouterPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeRouterPolicyPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listEdgeRouterPolicyEdgeRouters: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeRouterListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listEdgeRouterPolicyIdentities: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listEdgeRouterRoleAttributes: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAttributeListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listEdgeRouters: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
                /** @description Role selectors (`#attr`, `@id`); repeat the parameter for several. */
                roleFilter?: components["parameters"]["RoleFilter"];
                /** @description How several `roleFilter` values combine. */
                roleSemantic?: components["parameters"]["RoleSemantic"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeRouterListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createEdgeRouter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeRouterCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailEdgeRouter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The edge router. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeRouterDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateEdgeRouter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeRouterUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteEdgeRouter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchEdgeRouter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeRouterPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listEdgeRouterEdgeRouterPolicies: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeRouterPolicyListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listEdgeRouterIdentities: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    reEnrollEdgeRouter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listEdgeRouterServiceEdgeRouterPolicies: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEdgeRouterPolicyListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listEdgeRouterServices: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listEnrollments: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollmentCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrollment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    refreshEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollmentRefresh"];
            };
        };
        responses: {
            /** @description Done; `data.id` names the refreshed enrollment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listEnumeratedCapabilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityListEnvelope"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            default: components["responses"]["Error"];
        };
    };
    listExternalJwtSigners: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalJwtSignerListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createExternalJwtSigner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalJwtSignerCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailExternalJwtSigner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The external JWT signer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalJwtSignerDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateExternalJwtSigner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalJwtSignerUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteExternalJwtSigner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchExternalJwtSigner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalJwtSignerPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listIdentities: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
                /** @description Role selectors (`#attr`, `@id`); repeat the parameter for several. */
                roleFilter?: components["parameters"]["RoleFilter"];
                /** @description How several `roleFilter` values combine. */
                roleSemantic?: components["parameters"]["RoleSemantic"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getIdentityAuthenticators: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthenticatorListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    disableIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableParams"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listIdentitysEdgeRouterPolicies: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeRouterPolicyListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listIdentityEdgeRouters: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeRouterListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    enableIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getIdentityEnrollments: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getIdentityFailedServiceRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedServiceRequestListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    removeIdentityMfa: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getIdentityPolicyAdvice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
                /** @description Id of the service. */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The analysis. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyAdviceEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getIdentityPostureData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity's posture data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostureDataEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listIdentitysServiceConfigs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceConfigListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    associateIdentitysServiceConfigs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceConfigAssignList"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    disassociateIdentitysServiceConfigs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ServiceConfigAssignList"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listIdentityServicePolicies: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePolicyListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listIdentityServices: {
        parameters: {
            query?: {
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
                /** @description Limit to dial or bind access. */
                policyType?: components["parameters"]["PolicyType"];
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateIdentityTracing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TraceSpec"];
            };
        };
        responses: {
            /** @description The tracing state now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceDetailEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listIdentityRoleAttributes: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAttributeListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listIdentityTypes: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityTypeListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailIdentityType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityTypeDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listNetworkJWTs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkJwtListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listPostureCheckRoleAttributes: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAttributeListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listPostureCheckTypes: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostureCheckTypeListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailPostureCheckType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The posture check type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostureCheckTypeDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listPostureChecks: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
                /** @description Role selectors (`#attr`, `@id`); repeat the parameter for several. */
                roleFilter?: components["parameters"]["RoleFilter"];
                /** @description How several `roleFilter` values combine. */
                roleSemantic?: components["parameters"]["RoleSemantic"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostureCheckListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createPostureCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostureCheckCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailPostureCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The posture check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostureCheckDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updatePostureCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostureCheckUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deletePostureCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchPostureCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostureCheckPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listRevocations: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevocationListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createRevocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevocationCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailRevocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revocation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevocationDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listRouters: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouterListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createRouter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RouterCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailRouter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The router. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouterDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateRouter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RouterUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteRouter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchRouter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RouterPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServiceEdgeRouterPolicies: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEdgeRouterPolicyListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createServiceEdgeRouterPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceEdgeRouterPolicyCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailServiceEdgeRouterPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service edge router policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEdgeRouterPolicyDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateServiceEdgeRouterPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceEdgeRouterPolicyUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteServiceEdgeRouterPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchServiceEdgeRouterPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceEdgeRouterPolicyPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServiceEdgeRouterPolicyEdgeRouters: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeRouterListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServiceEdgeRouterPolicyServices: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServicePolicies: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePolicyListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createServicePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServicePolicyCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailServicePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePolicyDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateServicePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServicePolicyUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteServicePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchServicePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServicePolicyPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServicePolicyIdentities: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServicePolicyPostureChecks: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostureCheckListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServicePolicyServices: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServiceRoleAttributes: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAttributeListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServices: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
                /** @description Config type ids or names whose configs should be embedded in each service; `all` for every type. Repeat the parameter for several. */
                configTypes?: components["parameters"]["ConfigTypes"];
                /** @description Role selectors (`#attr`, `@id`); repeat the parameter for several. */
                roleFilter?: components["parameters"]["RoleFilter"];
                /** @description How several `roleFilter` values combine. */
                roleSemantic?: components["parameters"]["RoleSemantic"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServicePatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServiceConfig: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServiceEdgeRouters: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeRouterListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServiceIdentities: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
                /** @description Limit to dial or bind access. */
                policyType?: components["parameters"]["PolicyType"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServiceServiceEdgeRouterPolicies: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEdgeRouterPolicyListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServiceServicePolicies: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePolicyListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listServiceTerminators: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerminatorListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionManagementListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionManagementDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailSessionRoutePath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The routers on the session's path. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRoutePathDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listSpecs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecListEnvelope"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            default: components["responses"]["Error"];
        };
    };
    detailSpec: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The specification record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecDetailEnvelope"];
                };
            };
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    detailSpecBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The specification document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/yaml": string;
                    "application/json": components["schemas"]["SpecBodyEnvelope"];
                };
            };
            404: components["responses"]["NotFound"];
            default: components["responses"]["Error"];
        };
    };
    listSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts keyed by resource type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryCountsEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listTerminators: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerminatorListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createTerminator: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminatorCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailTerminator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The terminator. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerminatorDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateTerminator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminatorUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteTerminator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchTerminator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminatorPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listTransitRouters: {
        parameters: {
            query?: {
                /** @description Page size. The controller uses a small default page (10) when it is absent. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Expression in the controller's filter language, e.g. `name contains "web"`; may also carry `sort by`, `skip` and `limit` clauses. */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items; `meta.pagination` tells the paging state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouterListEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createTransitRouter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RouterCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    detailTransitRouter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transit router. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouterDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateTransitRouter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RouterUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteTransitRouter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    patchTransitRouter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RouterPatch"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Controller version information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionEnvelope"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            default: components["responses"]["Error"];
        };
    };
}
