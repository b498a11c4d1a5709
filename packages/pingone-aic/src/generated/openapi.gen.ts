/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: specs/pingone-aic/openapi.yaml. Regenerate with `pnpm gen`; CI fails when this file drifts from the spec.
 */
/* biome-ignore-all lint: generated code */

/** Every path of the PingOne Advanced Identity Cloud spec with its operations (openapi-typescript). */
export interface paths {
    "/environment/variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List variables
         * @description Returns one page of the tenant's environment variables. With `Accept-API-Version: resource=2.0` the list is paged (follow `pagedResultsCookie` until it is null) and the items carry no values; read a single variable to get its value.
         */
        get: operations["getAllVariables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/variables/{variableId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Variable id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                variableId: components["parameters"]["VariableId"];
            };
            cookie?: never;
        };
        /**
         * Read a variable
         * @description Returns one variable, including its base64-encoded value.
         */
        get: operations["getVariable"];
        /**
         * Create or replace a variable
         * @description Creates the variable under the given id, or replaces its value, type and description when it already exists. The id cannot be renamed later. The new value reaches the running services only after a restart (`restart`).
         */
        put: operations["createVariables"];
        /**
         * Change a variable's description
         * @description CREST action on a variable. The only action is `setDescription`, which replaces the description and leaves the value alone.
         */
        post: operations["actionVariable"];
        /**
         * Delete a variable
         * @description Removes the variable and returns what was deleted. Services keep the old value until the next restart.
         */
        delete: operations["deleteVariable"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List secrets
         * @description Returns one page of secret metadata. Versions and values are never included. Paged with `Accept-API-Version: resource=2.0`; follow `pagedResultsCookie` until it is null.
         */
        get: operations["getAllSecrets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/secrets/{secretId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Secret id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                secretId: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        /**
         * Read a secret's metadata
         * @description Returns the secret's metadata (encoding, active and loaded versions). The value can never be read back.
         */
        get: operations["getSecret"];
        /**
         * Create a secret
         * @description Creates the secret and its first version. This call only creates: a secret's value is immutable, so to change it add a version (`createSecretVersion`), and to change the description use `actionSecret`. Calling it again for an existing id is an error, not an update. The value takes effect after a restart.
         */
        put: operations["createSecret"];
        /**
         * Change a secret's description
         * @description CREST action on a secret. The only action is `setDescription`; versions and values are untouched.
         */
        post: operations["actionSecret"];
        /**
         * Delete a secret
         * @description Removes the secret with all of its versions and returns the deleted metadata.
         */
        delete: operations["deleteSecret"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/secrets/{secretId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Secret id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                secretId: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        /**
         * List a secret's versions
         * @description Returns every version of the secret with its status and load state, as a plain array (no paging). Values are never returned.
         */
        get: operations["getSecretVersions"];
        put?: never;
        /**
         * Add a secret version
         * @description Stores a new value as the secret's newest version (`_action=create`). The services pick it up after a restart.
         */
        post: operations["createSecretVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/secrets/{secretId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Secret id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                secretId: components["parameters"]["SecretId"];
                /** @description Version number, or `latest` for the newest version. */
                versionId: components["parameters"]["SecretVersionId"];
            };
            cookie?: never;
        };
        /**
         * Read a secret version
         * @description Returns the version's metadata; `latest` names the newest version. The value is never returned.
         */
        get: operations["getSecretVersion"];
        put?: never;
        /**
         * Enable or disable a secret version
         * @description Sets a version's status (`_action=changestatus`). The newest version cannot be disabled.
         */
        post: operations["changeSecretVersion"];
        /**
         * Delete a secret version
         * @description Removes one version of the secret and returns its metadata.
         */
        delete: operations["deleteSecretVersion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/startup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the restart status
         * @description Tells whether the tenant's services are restarting (after `restart` or an upgrade) or ready. Poll this after `restart`.
         */
        get: operations["getRestartStatus"];
        put?: never;
        /**
         * Restart the tenant services
         * @description Starts a rolling restart (`_action=restart`) so that created, changed or deleted variables and secrets are loaded. Answers at once with `restartStatus: restarting`; poll `getRestartStatus` until it reads `ready`. Start a restart only when the status is `ready`.
         */
        post: operations["restart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count variables and secrets
         * @description Returns how many variables and secrets the environment holds; with `_onlyPending=true`, only those changed since the last restart.
         */
        get: operations["getCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/promotion/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lock the environments for a promotion
         * @description Starts locking the lower and the upper environment; call it on the upper environment. Answers 202 with the new `promotionId` and `result: locking`; poll `getLockState` until `result` is `locked` (`error` means the lock failed). A 409 means the environments are already locked or changing state.
         */
        post: operations["lockPromotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/promotion/lock/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the lock state
         * @description Returns the overall lock state and the state of each environment. With `localLockOnly=true`, only the environment that received the call is checked.
         */
        get: operations["getLockState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/promotion/lock/{promotionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id `lockPromotion` returned. */
                promotionId: components["parameters"]["PromotionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unlock the environments
         * @description Releases the lock taken by `lockPromotion` for this promotion. Answers 200 when the environments are unlocked at once, or 202 while unlocking; then poll `getLockState` until `result` is `unlocked`.
         */
        delete: operations["unlockPromotion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/promotion/promote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the promotion status
         * @description Returns the state of the current or most recent promotion or rollback, with any blocking error, missing ESVs and encrypted secrets found in the configuration.
         */
        get: operations["getPromotionStatus"];
        put?: never;
        /**
         * Start a promotion
         * @description Pulls configuration from the lower environment into the upper one (call it on the upper environment, after `lockPromotion` reports `locked`). Run with `dryRun: true` first and read the report. Answers 202; poll `getPromotionStatus` until the run is over, then read `getLastReport` and unlock, unless `unlockEnvironmentsAfterPromotion` was set.
         */
        post: operations["startPromotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/promotion/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Roll back the last promotion
         * @description Reverts the upper environment to its configuration before the most recent promotion. The environments must be locked. Answers 202; poll `getPromotionStatus` until the rollback is over.
         */
        post: operations["rollback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/promotion/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the last promotion report
         * @description Returns the report of the most recent promotion, dry run or rollback.
         */
        get: operations["getLastReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/promotion/report/provisional": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview the next promotion
         * @description Builds an indicative report of what changed in the lower environment since the last promotion. It may miss changes that a dry run would find.
         */
        get: operations["getProvisionalReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/promotion/report/provisional-rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview a rollback
         * @description Builds a report of the changes a rollback of the last promotion would revert.
         */
        get: operations["getProvisionalRollbackReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/promotion/report/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A report id from `getReportList`. */
                reportId: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        /**
         * Read a promotion report
         * @description Returns one stored promotion or rollback report by id (ids come from `getReportList`).
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/promotion/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List promotion reports
         * @description Returns summaries of the stored promotion and rollback reports in date order, as a plain array (no paging).
         */
        get: operations["getReportList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List certificates
         * @description Returns every TLS certificate uploaded to the tenant (for custom domains), as a plain array (no paging).
         */
        get: operations["getCertificates"];
        put?: never;
        /**
         * Upload a certificate
         * @description Installs a PEM certificate with its private key. The key is write-only: it is never returned.
         */
        post: operations["createCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Certificate id. */
                id: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        /**
         * Read a certificate
         * @description Returns one installed certificate's details.
         */
        get: operations["getCertificateByID"];
        put?: never;
        post?: never;
        /**
         * Delete a certificate
         * @description Removes a certificate. It must be deactivated first (`updateCertificateByID` with `active: false`), otherwise the call fails with 400.
         */
        delete: operations["deleteCertificateByID"];
        options?: never;
        head?: never;
        /**
         * Activate or deactivate a certificate
         * @description Changes whether the certificate is served. `active` is the only field that can change.
         */
        patch: operations["updateCertificateByID"];
        trace?: never;
    };
    "/environment/csrs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List certificate signing requests
         * @description Returns every CSR generated in the environment, as a plain array (no paging).
         */
        get: operations["getCertificateSigningRequests"];
        put?: never;
        /**
         * Generate a certificate signing request
         * @description Generates a key pair inside the tenant and returns a PEM CSR for it. The private key never leaves the tenant.
         */
        post: operations["createCertificateSigningRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/csrs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description CSR id. */
                id: components["parameters"]["CsrId"];
            };
            cookie?: never;
        };
        /**
         * Read a certificate signing request
         * @description Returns one CSR, including its PEM text and, once completed, the id of the certificate made from it.
         */
        get: operations["getCertificateSigningRequestById"];
        put?: never;
        post?: never;
        /**
         * Delete a certificate signing request
         * @description Removes a CSR and its pending key.
         */
        delete: operations["deleteCertificateSigningRequestById"];
        options?: never;
        head?: never;
        /**
         * Complete a certificate signing request
         * @description Uploads the certificate a CA issued for this CSR; the tenant pairs it with the CSR's private key and installs it. `certificate` is the only field accepted.
         */
        patch: operations["updateCertificateSigningRequestById"];
        trace?: never;
    };
    "/environment/content-security-policy/enforced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the enforced content security policy
         * @description Returns the enforced Content-Security-Policy the tenant adds to its pages.
         */
        get: operations["getEnforcedContentSecurityPolicy"];
        /**
         * Replace the enforced content security policy
         * @description Replaces the whole enforced policy: its active flag and every directive.
         */
        put: operations["setEnforcedContentSecurityPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/content-security-policy/report-only": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the report-only content security policy
         * @description Returns the report-only Content-Security-Policy: violations are reported, not blocked.
         */
        get: operations["getReportOnlyContentSecurityPolicy"];
        /**
         * Replace the report-only content security policy
         * @description Replaces the whole report-only policy: its active flag and every directive.
         */
        put: operations["setReportOnlyContentSecurityPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/cookie-domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the cookie domains
         * @description Returns the domains the tenant sets its cookies for.
         */
        get: operations["getCookieDomains"];
        /**
         * Replace the cookie domains
         * @description Replaces the full list of cookie domains.
         */
        put: operations["setCookieDomains"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/custom-domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a custom domain's CNAME
         * @description Checks (`_action=verify`) that the DNS CNAME record of a custom domain points at the tenant. 200 with an empty body means it does; 400 means it does not (yet).
         */
        post: operations["verifyCustomDomains"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/custom-domains/{realm}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The realm the custom domains belong to. */
                realm: components["parameters"]["Realm"];
            };
            cookie?: never;
        };
        /**
         * Read a realm's custom domains
         * @description Returns the custom domains configured for the realm.
         */
        get: operations["getCustomDomains"];
        /**
         * Replace a realm's custom domains
         * @description Replaces the realm's full list of custom domains. Verify each domain's CNAME first.
         */
        put: operations["setCustomDomains"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/federation/enforcement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the federation enforcement
         * @description Returns which tenant administrator groups must sign in through a federated identity provider.
         */
        get: operations["getEnforcement"];
        /**
         * Set the federation enforcement
         * @description Sets which tenant administrator groups must use federation to sign in.
         */
        put: operations["setEnforcement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read release information
         * @description Returns the tenant's current release version and when the next upgrade is scheduled.
         */
        get: operations["getReleaseInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/sso-cookie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the SSO cookie settings
         * @description Returns the name of the tenant's single sign-on session cookie.
         */
        get: operations["getSSOCookie"];
        /**
         * Set the SSO cookie settings
         * @description Renames the tenant's single sign-on session cookie.
         */
        put: operations["setSSOCookie"];
        /**
         * Reset the SSO cookie settings
         * @description Puts the SSO cookie settings back to the tenant default (`_action=reset`) and returns them.
         */
        post: operations["resetSSOCookie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Webhooks of the PingOne Advanced Identity Cloud spec. */
export type webhooks = Record<string, never>;
/** The PingOne Advanced Identity Cloud spec's schemas, parameters, responses and headers. */
export interface components {
    schemas: {
        /** @description Error envelope of the `/environment` endpoints. `code` repeats the HTTP status. Some 400, 404 and 500 answers have an empty body, and promotion lock conflicts carry only `message`, so a client falls back on the HTTP status. */
        Error: {
            /**
             * @description The HTTP status code.
             * @example 401
             */
            code?: number;
            /**
             * @description What went wrong.
             * @example unauthorized
             */
            message: string;
            /**
             * @description Reason phrase, sent by some endpoints.
             * @example Internal Server Error
             */
            status?: string;
        };
        /** @description Paging fields of an ESV list. The next page is requested with `_pagedResultsCookie` set to `pagedResultsCookie`; the last page has it null. */
        EsvPage: {
            /** @description Number of items in this page. */
            resultCount: number;
            /** @description Cursor for the next page; null on the last page. */
            pagedResultsCookie: string | null;
            /** @description Items left after this page, when known (-1 when not). */
            remainingPagedResults: number;
            /** @description Total number of items when the policy computes it; -1 otherwise. */
            totalPagedResults: number;
            /** @description How `totalPagedResults` was computed, e.g. `NONE` or `EXACT`. */
            totalPagedResultsPolicy: string;
        };
        EsvDescriptionUpdate: {
            /** @description The new description. */
            description: string;
        };
        EsvCount: {
            /** @description Number of secrets. */
            secrets: number;
            /** @description Number of variables. */
            variables: number;
        };
        RestartStatus: {
            /**
             * @description `restarting` while services roll over; `ready` once they run the current ESVs.
             * @enum {string}
             */
            restartStatus: "restarting" | "ready";
        };
        /**
         * @description How the variable's decoded value is read when placed in configuration.
         * @enum {string}
         */
        EsvExpressionType: "string" | "list" | "array" | "object" | "bool" | "int" | "number" | "base64encodedinlined" | "keyvaluelist";
        /** @description A variable without its value, as listed with `resource=2.0`. */
        EsvVariableSummary: {
            /** @description Variable id. */
            _id: string;
            /** @description Free-text description. */
            description: string;
            expressionType: components["schemas"]["EsvExpressionType"];
            /**
             * Format: date-time
             * @description When the variable last changed.
             */
            lastChangeDate: string;
            /** @description Who changed it last. */
            lastChangedBy: string;
            /** @description Whether the running services use the current value (false until the next restart). */
            loaded: boolean;
        };
        /** @description A variable with its value. */
        EsvVariable: components["schemas"]["EsvVariableSummary"] & {
            /** @description The value, base64-encoded. Variables are not secret and can be read back. */
            valueBase64: string;
        };
        /** @description One page of variables (without values), in the ESV paging envelope. */
        EsvVariableList: components["schemas"]["EsvPage"] & {
            /** @description The variables (without values) in this page. */
            result: components["schemas"]["EsvVariableSummary"][];
        };
        EsvVariableWrite: {
            /** @description Free-text description. */
            description?: string;
            expressionType?: components["schemas"]["EsvExpressionType"];
            /** @description The value, base64-encoded. */
            valueBase64: string;
        };
        /**
         * @description How the decoded secret value is to be read: plain data, a PEM document, or key material for HMAC or AES.
         * @enum {string}
         */
        EsvSecretEncoding: "generic" | "pem" | "base64hmac" | "base64aes";
        /**
         * @description Whether the version can be used.
         * @enum {string}
         */
        EsvSecretVersionStatus: "ENABLED" | "DISABLED";
        /** @description Secret metadata. The value itself is never returned. */
        EsvSecret: {
            /** @description Secret id. */
            _id: string;
            /** @description Number of the version that is currently active. */
            activeVersion: string;
            /** @description Free-text description. */
            description: string;
            encoding: components["schemas"]["EsvSecretEncoding"];
            /**
             * Format: date-time
             * @description When the secret last changed.
             */
            lastChangeDate: string;
            /** @description Who changed it last. */
            lastChangedBy: string;
            /** @description Whether the running services use the active version. */
            loaded: boolean;
            /** @description The version the running services use. */
            loadedVersion: string;
            /** @description Whether configuration placeholders may reference the secret (otherwise only the secret store mapping can). */
            useInPlaceholders: boolean;
        };
        /** @description One page of secrets (metadata only), in the ESV paging envelope. */
        EsvSecretList: components["schemas"]["EsvPage"] & {
            /** @description The secrets (metadata only) in this page. */
            result: components["schemas"]["EsvSecret"][];
        };
        EsvSecretCreate: {
            /** @description Free-text description. */
            description?: string;
            encoding: components["schemas"]["EsvSecretEncoding"];
            /** @description Whether configuration placeholders may reference the secret. */
            useInPlaceholders: boolean;
            /** @description The first value, base64-encoded (for `pem`, the base64 of the PEM text). Never returned. */
            valueBase64: string;
        };
        /** @description Metadata of one secret version; the value is never returned. */
        EsvSecretVersion: {
            /** @description Version number. */
            version: string;
            /**
             * Format: date-time
             * @description When the version was added.
             */
            createDate: string;
            /** @description Whether the running services use this version. */
            loaded: boolean;
            status: components["schemas"]["EsvSecretVersionStatus"];
        };
        EsvSecretVersionCreate: {
            /** @description The new value, base64-encoded. Never returned. */
            valueBase64: string;
        };
        EsvSecretVersionStatusUpdate: {
            status: components["schemas"]["EsvSecretVersionStatus"];
        };
        /**
         * @description Lock state of the environment pair.
         * @enum {string}
         */
        PromotionLockResult: "unlocked" | "locking" | "unlocking" | "locked" | "error";
        /** @description Answer to a lock or unlock call. */
        PromotionLockResponse: {
            /** @description Human-readable state, e.g. that locking is in progress. */
            description?: string;
            /** @description Id of the promotion the lock belongs to; pass it to `unlockPromotion`. */
            promotionId?: string;
            result?: components["schemas"]["PromotionLockResult"];
        };
        /** @description Lock state of one environment. */
        PromotionEnvironmentLock: {
            /** @description Promotion holding this environment's lock. */
            promotionId?: string;
            /** @description State of the environment's request proxy during the lock. */
            proxyState?: string;
            /** @description This environment's lock state. */
            state?: string;
        };
        PromotionLockState: {
            /** @description Explanation; filled in when `result` is `error`. */
            description?: string;
            lowerEnv?: components["schemas"]["PromotionEnvironmentLock"];
            /** @description Promotion holding the lock. */
            promotionId?: string;
            result?: components["schemas"]["PromotionLockResult"];
            upperEnv?: components["schemas"]["PromotionEnvironmentLock"];
        };
        /**
         * @description Whether the run or report is a promotion or a rollback.
         * @enum {string}
         */
        PromotionType: "promotion" | "rollback";
        PromotionRequest: {
            /** @description When true, only report what would change. */
            dryRun: boolean;
            /** @description Go ahead even though encrypted secrets were found in the configuration. */
            ignoreEncryptedSecrets?: boolean;
            /** @description Name of the administrator running the promotion. */
            promoter?: string;
            /** @description Note that identifies what is promoted. */
            promotionDescription?: string;
            /** @description Unlock both environments when the promotion succeeds. */
            unlockEnvironmentsAfterPromotion?: boolean;
            /** @description Support ticket reference recorded with the promotion. */
            zendeskTicketReference?: string;
        };
        RollbackRequest: {
            /** @description Name of the administrator running the rollback. */
            promoter?: string;
            /** @description Note that identifies the rollback. */
            promotionDescription?: string;
            /** @description Unlock both environments when the rollback succeeds. */
            unlockEnvironmentsAfterPromotion?: boolean;
            /** @description Support ticket reference recorded with the rollback. */
            zendeskTicketReference?: string;
        };
        /** @description Acknowledgement of a promotion or rollback request. */
        PromotionActionResult: {
            /**
             * @description Short outcome text.
             * @example Promotion Complete
             */
            result?: string;
        };
        PromotionStatus: {
            /**
             * @description True when an error stopped the run.
             * @default false
             */
            blockingError?: boolean;
            /** @description Encrypted secrets found in the configuration. */
            encryptedSecrets?: string[];
            /** @description Lock state of the environment pair, e.g. `LOCKED`. */
            globalLock?: string;
            /** @description Human-readable progress message. */
            message?: string;
            /** @description ESVs the configuration uses that the upper environment lacks. */
            missingESVs?: string[];
            /** @description The promotion this status belongs to. */
            promotionId?: string;
            /**
             * @description Run state as reported by the server, e.g. `READY`. Only `READY` is documented; treat others as in progress or failed (see `blockingError`).
             * @example READY
             */
            status?: string;
            /** @description When the status was recorded (ISO 8601 with offset). */
            timeStamp?: string;
            type?: components["schemas"]["PromotionType"];
        };
        /** @description One configuration object touched by a promotion. */
        PromotionConfigItem: {
            /** @description Display name. */
            name?: string;
            /** @description Realm, when the object belongs to one. */
            realm?: string;
            /** @description Unique id of the object in the configuration store. */
            uid?: string;
        };
        /** @description Changes to one kind of configuration. */
        PromotionConfigChange: {
            /** @description Kind of configuration, e.g. `Email > Templates`. */
            configItem?: string;
            configChange?: {
                added?: components["schemas"]["PromotionConfigItem"][];
                deleted?: components["schemas"]["PromotionConfigItem"][];
                modified?: components["schemas"]["PromotionConfigItem"][];
            };
        };
        PromotionReport: {
            /** @description When the report was made (the server's own timestamp format, not always RFC 3339). */
            createdDate?: string;
            /** @description Whether the run was a dry run. */
            dryRun?: boolean;
            /** @description ESVs the configuration uses that the upper environment lacks. */
            missingESVs?: string[];
            /** @description Encrypted secrets an earlier run was told to ignore. */
            previouslyIgnoredEncryptedSecrets?: string[];
            /** @description Who ran it. */
            promoter?: string;
            /** @description The note given with the run. */
            promotionDescription?: string;
            /** @description Promotion id. */
            promotionId?: string;
            /** @description Changes grouped by product. */
            report?: {
                /** @description Access management changes. */
                AMConfig?: components["schemas"]["PromotionConfigChange"][];
                /** @description Identity management changes. */
                IDMConfig?: components["schemas"]["PromotionConfigChange"][];
            };
            /** @description Report id. */
            reportId?: string;
            /** @description Report name (date, dry-run flag and id). */
            reportName?: string;
            type?: components["schemas"]["PromotionType"];
        };
        /** @description One entry of the report list. */
        PromotionReportSummary: {
            /** @description When the report was made. */
            createdDate?: string;
            /** @description Whether the run was a dry run. */
            dryRun?: boolean;
            /** @description Who ran it. */
            promoter?: string;
            /** @description Promotion id. */
            promotionId?: string;
            /** @description Report id for `getReport`. */
            reportId?: string;
            type?: components["schemas"]["PromotionType"];
        };
        /** @description A TLS certificate installed in the tenant. The private key is never returned. */
        Certificate: {
            /** @description Whether the certificate should be served. */
            active?: boolean;
            /** @description Kept for compatibility; responses leave it empty. */
            certificate?: string;
            /** @description End of validity (notAfter). */
            expireTime?: string;
            /** @description Certificate id. */
            id?: string;
            /** @description Issuer distinguished name. */
            issuer?: string;
            /** @description Set by the platform: whether the certificate is being served right now. */
            live?: boolean;
            /** @description Subject distinguished name. */
            subject?: string;
            /** @description DNS names the certificate covers. */
            subjectAlternativeNames?: string[];
            /** @description Start of validity (notBefore). */
            validFromTime?: string;
        };
        CertificateCreate: {
            /** @description Serve the certificate right away. */
            active?: boolean;
            /** @description The certificate (and any chain) as PEM text. */
            certificate: string;
            /** @description The certificate's private key as PEM text. Accepted only on upload and never returned. */
            privateKey: string;
        };
        CertificateUpdate: {
            /** @description Whether the certificate should be served. */
            active?: boolean;
        };
        CertificateSigningRequest: {
            /** @description Key algorithm: `rsa` (RSA-2048) or `ecdsa` (P-256). */
            algorithm?: string;
            /** @description Id of the certificate installed from this CSR, once completed. */
            certificateID?: string;
            /** @description When the CSR was generated. */
            createdDate?: string;
            /** @description CSR id. */
            id?: string;
            /** @description The CSR as PEM text, to hand to a CA. */
            request?: string;
            /** @description Subject distinguished name. */
            subject?: string;
            /** @description Extra DNS names requested. */
            subjectAlternativeNames?: string[];
        };
        CertificateSigningRequestCreate: {
            /**
             * @description Key algorithm: RSA-2048 or ECDSA P-256.
             * @default rsa
             * @enum {string}
             */
            algorithm?: "rsa" | "ecdsa";
            /** @description Business category for EV certificates (for example a private organization or government entity). */
            businessCategory?: string;
            /** @description Locality. */
            city?: string;
            /** @description The domain name to secure. */
            commonName?: string;
            /** @description ISO 3166 two-letter country code. */
            country?: string;
            /** @description Contact email address. */
            email?: string;
            /** @description City of incorporation (EV certificates). */
            jurisdictionCity?: string;
            /** @description Country of incorporation (EV certificates). */
            jurisdictionCountry?: string;
            /** @description State of incorporation (EV certificates). */
            jurisdictionState?: string;
            /** @description Legal name of the organization. */
            organization?: string;
            /** @description Department. */
            organizationalUnit?: string;
            /** @description Postal code. */
            postalCode?: string;
            /** @description Company registration number (EV certificates). */
            serialNumber?: string;
            /** @description State or province. */
            state?: string;
            /** @description Street address. */
            streetAddress?: string;
            /**
             * @description Extra domain names to secure.
             * @default []
             */
            subjectAlternativeNames?: string[];
        };
        CertificateSigningRequestComplete: {
            /** @description The CA-signed certificate for this CSR, as PEM text. */
            certificate: string;
        };
        ContentSecurityPolicy: {
            /** @description Whether the policy header is sent. */
            active?: boolean;
            /** @description Directive name (e.g. `script-src`) to its list of source expressions. */
            directives?: {
                [key: string]: string[];
            };
        };
        CookieDomains: {
            /** @description Cookie domains. */
            domains?: string[];
        };
        CustomDomains: {
            /** @description Custom domain names. */
            domains?: string[];
        };
        CnameVerification: {
            /** @description The custom domain whose CNAME record is checked. */
            name: string;
        };
        FederationEnforcement: {
            /**
             * @description Which administrator groups must use federation: none, all but the global administrators, or all.
             * @enum {string}
             */
            groups: "none" | "non-global" | "all";
        };
        Release: {
            /** @description Release the tenant runs. */
            currentVersion?: string;
            /**
             * Format: date-time
             * @description When the next upgrade is scheduled; null when none is.
             */
            nextUpgrade?: string | null;
        };
        SsoCookie: {
            /** @description Cookie name: 1 to 32 letters or digits. */
            name: string;
        };
    };
    responses: {
        /** @description The request was invalid (bad field value, failed CNAME check, certificate still active). Some endpoints send no body. */
        BadRequest: {
            headers: {
                "x-forgerock-transactionid": components["headers"]["TransactionId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The access token is missing, expired or invalid. */
        Unauthorized: {
            headers: {
                "x-forgerock-transactionid": components["headers"]["TransactionId"];
                "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token lacks the scope or role this operation needs. */
        Forbidden: {
            headers: {
                "x-forgerock-transactionid": components["headers"]["TransactionId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such resource. The body may be empty. */
        NotFound: {
            headers: {
                "x-forgerock-transactionid": components["headers"]["TransactionId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The environments are not in a lock state that allows the call (already locked, not locked, or changing state), or a promotion is already running. Lock conflicts send only `message`. */
        Conflict: {
            headers: {
                "x-forgerock-transactionid": components["headers"]["TransactionId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The server failed. The body may be empty. */
        InternalServerError: {
            headers: {
                "x-forgerock-transactionid": components["headers"]["TransactionId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Any other error, in the same envelope when a body is sent. */
        UnexpectedError: {
            headers: {
                "x-forgerock-transactionid": components["headers"]["TransactionId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
        AcceptApiVersionResource2: "resource=2.0";
        /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
        AcceptApiVersionProtocol1: "protocol=1.0,resource=1.0";
        /** @description Largest number of items in one page. */
        PageSize: number;
        /** @description Opaque cursor: the `pagedResultsCookie` of the previous page. Leave it out (or empty) for the first page. */
        PagedResultsCookie: string;
        /** @description Index of the first item to return; an alternative to the cookie. */
        PagedResultsOffset: number;
        /** @description When true, only ESVs whose changes are not yet loaded (waiting for a restart) are counted or listed. */
        OnlyPending: boolean;
        /** @description Variable id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
        VariableId: string;
        /** @description Secret id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
        SecretId: string;
        /** @description Version number, or `latest` for the newest version. */
        SecretVersionId: string;
        /** @description The id `lockPromotion` returned. */
        PromotionId: string;
        /** @description A report id from `getReportList`. */
        ReportId: string;
        /** @description When true, report only the lock of the environment that received the call. */
        LocalLockOnly: boolean;
        /** @description Certificate id. */
        CertificateId: string;
        /** @description CSR id. */
        CsrId: string;
        /** @description The realm the custom domains belong to. */
        Realm: "alpha" | "bravo";
        /** @description CREST action; always `setDescription`. */
        ActionSetDescription: "setDescription";
        /** @description CREST action; always `create`. */
        ActionCreate: "create";
        /** @description CREST action; always `changestatus`. */
        ActionChangeStatus: "changestatus";
        /** @description CREST action; always `restart`. */
        ActionRestart: "restart";
        /** @description CREST action; always `verify`. */
        ActionVerify: "verify";
        /** @description CREST action; always `reset`. */
        ActionReset: "reset";
    };
    requestBodies: never;
    headers: {
        /** @description Id the platform gives this request; quote it when reporting a problem to support. */
        TransactionId: string;
        /** @description The API version that served the request, e.g. `resource=2.0`. */
        ContentApiVersion: string;
        /** @description Bearer challenge naming why the token was refused. */
        WwwAuthenticate: string;
    };
    pathItems: never;
}
/** Definitions of the PingOne Advanced Identity Cloud spec. */
export type $defs = Record<string, never>;
/** Every operation of the PingOne Advanced Identity Cloud spec by operationId: parameters, request body, responses. */
export interface operations {
    getAllVariables: {
        parameters: {
            query?: {
                /** @description Largest number of items in one page. */
                _pageSize?: components["parameters"]["PageSize"];
                /** @description Opaque cursor: the `pagedResultsCookie` of the previous page. Leave it out (or empty) for the first page. */
                _pagedResultsCookie?: components["parameters"]["PagedResultsCookie"];
                /** @description Index of the first item to return; an alternative to the cookie. */
                _pagedResultsOffset?: components["parameters"]["PagedResultsOffset"];
                /** @description When true, only ESVs whose changes are not yet loaded (waiting for a restart) are counted or listed. */
                _onlyPending?: components["parameters"]["OnlyPending"];
            };
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of variables. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsvVariableList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getVariable: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path: {
                /** @description Variable id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                variableId: components["parameters"]["VariableId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variable. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsvVariable"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createVariables: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path: {
                /** @description Variable id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                variableId: components["parameters"]["VariableId"];
            };
            cookie?: never;
        };
        /** @description Value, type and description of the variable. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EsvVariableWrite"];
            };
        };
        responses: {
            /** @description The stored variable. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsvVariable"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    actionVariable: {
        parameters: {
            query: {
                /** @description CREST action; always `setDescription`. */
                _action: components["parameters"]["ActionSetDescription"];
            };
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path: {
                /** @description Variable id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                variableId: components["parameters"]["VariableId"];
            };
            cookie?: never;
        };
        /** @description The new description. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EsvDescriptionUpdate"];
            };
        };
        responses: {
            /** @description The description was stored; the body is empty. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteVariable: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path: {
                /** @description Variable id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                variableId: components["parameters"]["VariableId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted variable. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsvVariable"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAllSecrets: {
        parameters: {
            query?: {
                /** @description Largest number of items in one page. */
                _pageSize?: components["parameters"]["PageSize"];
                /** @description Opaque cursor: the `pagedResultsCookie` of the previous page. Leave it out (or empty) for the first page. */
                _pagedResultsCookie?: components["parameters"]["PagedResultsCookie"];
                /** @description Index of the first item to return; an alternative to the cookie. */
                _pagedResultsOffset?: components["parameters"]["PagedResultsOffset"];
                /** @description When true, only ESVs whose changes are not yet loaded (waiting for a restart) are counted or listed. */
                _onlyPending?: components["parameters"]["OnlyPending"];
            };
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of secrets. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsvSecretList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSecret: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path: {
                /** @description Secret id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                secretId: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret's metadata. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsvSecret"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createSecret: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path: {
                /** @description Secret id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                secretId: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        /** @description Encoding, placeholder use, description and first value of the secret. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EsvSecretCreate"];
            };
        };
        responses: {
            /** @description The created secret's metadata. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsvSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    actionSecret: {
        parameters: {
            query: {
                /** @description CREST action; always `setDescription`. */
                _action: components["parameters"]["ActionSetDescription"];
            };
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path: {
                /** @description Secret id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                secretId: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        /** @description The new description. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EsvDescriptionUpdate"];
            };
        };
        responses: {
            /** @description The description was stored; the body is empty. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteSecret: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path: {
                /** @description Secret id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                secretId: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted secret's metadata. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsvSecret"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSecretVersions: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path: {
                /** @description Secret id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                secretId: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All versions of the secret. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsvSecretVersion"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createSecretVersion: {
        parameters: {
            query: {
                /** @description CREST action; always `create`. */
                _action: components["parameters"]["ActionCreate"];
            };
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path: {
                /** @description Secret id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                secretId: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        /** @description The new value. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EsvSecretVersionCreate"];
            };
        };
        responses: {
            /** @description The new version. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsvSecretVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSecretVersion: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path: {
                /** @description Secret id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                secretId: components["parameters"]["SecretId"];
                /** @description Version number, or `latest` for the newest version. */
                versionId: components["parameters"]["SecretVersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version's metadata. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsvSecretVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    changeSecretVersion: {
        parameters: {
            query: {
                /** @description CREST action; always `changestatus`. */
                _action: components["parameters"]["ActionChangeStatus"];
            };
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path: {
                /** @description Secret id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                secretId: components["parameters"]["SecretId"];
                /** @description Version number, or `latest` for the newest version. */
                versionId: components["parameters"]["SecretVersionId"];
            };
            cookie?: never;
        };
        /** @description The status to set. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EsvSecretVersionStatusUpdate"];
            };
        };
        responses: {
            /** @description The updated version. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsvSecretVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteSecretVersion: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path: {
                /** @description Secret id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
                secretId: components["parameters"]["SecretId"];
                /** @description Version number, or `latest` for the newest version. */
                versionId: components["parameters"]["SecretVersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted version. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsvSecretVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getRestartStatus: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current restart status. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestartStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    restart: {
        parameters: {
            query: {
                /** @description CREST action; always `restart`. */
                _action: components["parameters"]["ActionRestart"];
            };
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restart was started. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestartStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getCount: {
        parameters: {
            query?: {
                /** @description When true, only ESVs whose changes are not yet loaded (waiting for a restart) are counted or listed. */
                _onlyPending?: components["parameters"]["OnlyPending"];
            };
            header: {
                /** @description API version for the ESV endpoints (variables, secrets, versions, startup, count). `resource=2.0` turns on paging and the shapes described here; a client sets it on every ESV call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionResource2"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsvCount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    lockPromotion: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Locking has started. */
            202: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionLockResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getLockState: {
        parameters: {
            query?: {
                /** @description When true, report only the lock of the environment that received the call. */
                localLockOnly?: components["parameters"]["LocalLockOnly"];
            };
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lock state. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionLockState"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    unlockPromotion: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path: {
                /** @description The id `lockPromotion` returned. */
                promotionId: components["parameters"]["PromotionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The environments are unlocked. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionLockResponse"];
                };
            };
            /** @description Unlocking has started. */
            202: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionLockResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getPromotionStatus: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The promotion status. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startPromotion: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Promotion options. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PromotionRequest"];
            };
        };
        responses: {
            /** @description The promotion has started. */
            202: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionActionResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    rollback: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Rollback options. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RollbackRequest"];
            };
        };
        responses: {
            /** @description The rollback has started. */
            202: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionActionResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getLastReport: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getProvisionalReport: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provisional report. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getProvisionalRollbackReport: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provisional rollback report. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path: {
                /** @description A report id from `getReportList`. */
                reportId: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getReportList: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Report summaries. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionReportSummary"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getCertificates: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All certificates. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createCertificate: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The certificate, its private key and whether to serve it. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateCreate"];
            };
        };
        responses: {
            /** @description The installed certificate. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getCertificateByID: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path: {
                /** @description Certificate id. */
                id: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteCertificateByID: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path: {
                /** @description Certificate id. */
                id: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate was deleted; the body is empty. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateCertificateByID: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path: {
                /** @description Certificate id. */
                id: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        /** @description The new active flag. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateUpdate"];
            };
        };
        responses: {
            /** @description The updated certificate. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getCertificateSigningRequests: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All CSRs. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateSigningRequest"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createCertificateSigningRequest: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Subject fields and key algorithm. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateSigningRequestCreate"];
            };
        };
        responses: {
            /** @description The new CSR. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateSigningRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getCertificateSigningRequestById: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path: {
                /** @description CSR id. */
                id: components["parameters"]["CsrId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSR. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateSigningRequest"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteCertificateSigningRequestById: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path: {
                /** @description CSR id. */
                id: components["parameters"]["CsrId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSR was deleted; the body is empty. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateCertificateSigningRequestById: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path: {
                /** @description CSR id. */
                id: components["parameters"]["CsrId"];
            };
            cookie?: never;
        };
        /** @description The signed certificate. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateSigningRequestComplete"];
            };
        };
        responses: {
            /** @description The completed CSR. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateSigningRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getEnforcedContentSecurityPolicy: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentSecurityPolicy"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    setEnforcedContentSecurityPolicy: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The enforced policy to apply. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContentSecurityPolicy"];
            };
        };
        responses: {
            /** @description The stored policy. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentSecurityPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getReportOnlyContentSecurityPolicy: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentSecurityPolicy"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    setReportOnlyContentSecurityPolicy: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The report-only policy to apply. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContentSecurityPolicy"];
            };
        };
        responses: {
            /** @description The stored policy. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentSecurityPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getCookieDomains: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cookie domains. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CookieDomains"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    setCookieDomains: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The complete list of cookie domains. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CookieDomains"];
            };
        };
        responses: {
            /** @description The stored cookie domains. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CookieDomains"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    verifyCustomDomains: {
        parameters: {
            query: {
                /** @description CREST action; always `verify`. */
                _action: components["parameters"]["ActionVerify"];
            };
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The domain to check. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CnameVerification"];
            };
        };
        responses: {
            /** @description The CNAME is in place; the body is empty. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getCustomDomains: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path: {
                /** @description The realm the custom domains belong to. */
                realm: components["parameters"]["Realm"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The realm's custom domains. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomDomains"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    setCustomDomains: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path: {
                /** @description The realm the custom domains belong to. */
                realm: components["parameters"]["Realm"];
            };
            cookie?: never;
        };
        /** @description The complete list of custom domains for the realm. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomDomains"];
            };
        };
        responses: {
            /** @description The stored custom domains. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomDomains"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getEnforcement: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enforcement setting. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FederationEnforcement"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    setEnforcement: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The enforcement setting. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FederationEnforcement"];
            };
        };
        responses: {
            /** @description The stored setting. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FederationEnforcement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getReleaseInfo: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Release information. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSSOCookie: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SSO cookie settings. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoCookie"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    setSSOCookie: {
        parameters: {
            query?: never;
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The SSO cookie settings. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SsoCookie"];
            };
        };
        responses: {
            /** @description The stored settings. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoCookie"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    resetSSOCookie: {
        parameters: {
            query: {
                /** @description CREST action; always `reset`. */
                _action: components["parameters"]["ActionReset"];
            };
            header: {
                /** @description API version for the promotion endpoints (which reject calls without it) and the environment configuration endpoints (which accept it); a client sets it on every such call. */
                "Accept-API-Version": components["parameters"]["AcceptApiVersionProtocol1"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default settings now in force. */
            200: {
                headers: {
                    "x-forgerock-transactionid": components["headers"]["TransactionId"];
                    "Content-API-Version": components["headers"]["ContentApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoCookie"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
}
