/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: specs/pingone/openapi.yaml. Regenerate with `pnpm gen`; CI fails when this file drifts from the spec.
 */
/* biome-ignore-all lint: generated code */

/** Every path of the PingOne Platform certificates and keys spec with its operations (openapi-typescript). */
export interface paths {
    "/environments/{environmentId}/keys": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        /**
         * List the environment's keys
         * @description Returns one page of the key pairs held by the environment (signing, encryption, TLS, issuance and outbound mTLS keys).
         */
        get: operations["listKeys"];
        put?: never;
        /**
         * Generate a key pair or import one from a PKCS#12 file
         * @description Two request forms share this operation:
         *
         *     * `application/json` (`KeyCreateRequest`): PingOne generates a new key pair and a
         *       certificate for it from the attributes given. A `subjectDN` is an RFC 4514 name with at
         *       least a CN (PingOne's own example is `CN=org_name, OU=Ping Identity, O=Ping Identity, C=US`).
         *     * `multipart/form-data` (`KeyImportRequest`): upload an existing PKCS#12 keystore in the
         *       `file` part, with its `usageType` and, when the keystore is encrypted, its `password`.
         *       An encrypted keystore sent without a password is rejected with `INVALID_DATA`.
         */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentId}/keys/{keyId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the key. */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        /**
         * Read a key, or export its certificate as PEM or PKCS#7
         * @description The `Accept` header selects the representation:
         *
         *     * `application/json` (default): the key's metadata (`Certificate`).
         *     * `application/x-x509-ca-cert`: the key's X.509 certificate as PEM text.
         *     * `application/x-pkcs7-certificates`: the certificate and its chain as a PKCS#7 bundle
         *       (binary).
         *
         *     The private key is never returned. Read the response `Content-Type` to decide how to decode
         *     the body.
         */
        get: operations["getKey"];
        /**
         * Change a key's usage type or make it the default key
         * @description Sets whether the key is the environment's default key for its usage type, and may change the usage type or issuer DN.
         */
        put: operations["updateKey"];
        post?: never;
        /**
         * Delete a key
         * @description Removes the key pair. Check `listKeyApplications` first; applications that still point at the key lose it.
         */
        delete: operations["deleteKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentId}/keys/{keyId}/applications": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the key. */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        /**
         * List the applications that use a key
         * @description Useful before deleting or rotating a key, to see which applications still reference it.
         */
        get: operations["listKeyApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentId}/keys/{keyId}/csr": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the key. */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        /**
         * Export a certificate signing request for a key
         * @description Builds a PKCS#10 CSR for the key so a certificate authority can sign it. Choose the encoding
         *     with `Accept`:
         *
         *     * `application/pkcs10`: DER, binary.
         *     * `application/x-pem-file`: PEM text (`-----BEGIN CERTIFICATE REQUEST-----`).
         *
         *     Decode by the response `Content-Type`.
         */
        get: operations["exportKeyCsr"];
        put?: never;
        /**
         * Import the certificate a CA issued for a key's CSR
         * @description Uploads the CA's answer to the CSR (the signed certificate, as PKCS#7 or PEM) in the `file` part; the key then carries the CA-issued certificate.
         */
        post: operations["importKeyCsrResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentId}/certificates": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        /** List the environment's certificates */
        get: operations["listCertificates"];
        put?: never;
        /**
         * Upload a certificate from a PKCS#7 or PEM file
         * @description Sends the certificate (with its chain, if any) as the `file` part of a multipart form. The
         *     certificate must be inside its validity window at upload time. The service answers 202 with
         *     the attributes it parsed from the file; no follow-up polling is documented.
         */
        post: operations["createCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentId}/certificates/{certificateId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the certificate. */
                certificateId: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        /** Read a certificate */
        get: operations["getCertificate"];
        put?: never;
        post?: never;
        /** Delete a certificate */
        delete: operations["deleteCertificate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentId}/certificates/{certificateId}/applications": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the certificate. */
                certificateId: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        /** List the applications that use a certificate */
        get: operations["listCertificateApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentId}/encryptions": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Encrypt data with an environment key
         * @description Runs an encryption with a key held by the environment. The body layout is not described by the sources this spec was built from; see `CryptoRequest`.
         */
        post: operations["encryptWithKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentId}/decryptions": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decrypt data with an environment key
         * @description Runs a decryption with a key held by the environment. The result carries plaintext; treat it as secret. Body layout as for `encryptWithKey`.
         */
        post: operations["decryptWithKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentId}/signings": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign data with an environment key
         * @description Produces a signature over the data with a signing key held by the environment. Body layout as for `encryptWithKey`.
         */
        post: operations["signWithKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentId}/verifications": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a signature with an environment key
         * @description Checks a signature over the data against a key held by the environment. Body layout as for `encryptWithKey`.
         */
        post: operations["verifyWithKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentId}/keyRotationPolicies": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        /** List the environment's key rotation policies */
        get: operations["listKeyRotationPolicies"];
        put?: never;
        /**
         * Create a key rotation policy
         * @description PingOne generates the policy's current and next keys and rolls them over every `rotationPeriod` days.
         */
        post: operations["createKeyRotationPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentId}/keyRotationPolicies/{keyRotationPolicyId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the key rotation policy. */
                keyRotationPolicyId: components["parameters"]["KeyRotationPolicyId"];
            };
            cookie?: never;
        };
        /** Read a key rotation policy */
        get: operations["getKeyRotationPolicy"];
        /**
         * Replace a key rotation policy's settings
         * @description Full replacement; send every writable field.
         */
        put: operations["updateKeyRotationPolicy"];
        post?: never;
        /** Delete a key rotation policy */
        delete: operations["deleteKeyRotationPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentId}/jwks": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        /**
         * Read the environment's public signing keys as a JWK set (legacy)
         * @deprecated
         * @description Legacy endpoint kept for older integrations. The whole set comes back in one body (no
         *     paging). Current clients read keys with `listKeys` / `getKey`, and token verifiers use the
         *     authorization server's JWKS endpoint on the `auth.pingone.{tld}` host instead.
         */
        get: operations["getEnvironmentJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/keys": {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne organization. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create the organization's signing key (legacy)
         * @deprecated
         * @description Legacy endpoint: creates the organization-level signing key whose certificate signs the
         *     environments' certificates. PingOne now creates this key itself when the organization is
         *     created; it is kept here for older integrations.
         */
        post: operations["createOrganizationKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Webhooks of the PingOne Platform certificates and keys spec. */
export type webhooks = Record<string, never>;
/** The PingOne Platform certificates and keys spec's schemas, parameters, responses and headers. */
export interface components {
    schemas: {
        /** @description PingOne error envelope. */
        Error: {
            /** @description ID of the failed request; quote it to Ping support. */
            id?: string;
            /**
             * @description Machine-readable error class. Known values include `INVALID_DATA`, `INVALID_REQUEST`,
             *     `ACCESS_FAILED`, `NOT_FOUND`, `METHOD_NOT_ALLOWED`, `REQUEST_FAILED`, `REQUEST_LIMITED`
             *     and `UNEXPECTED_ERROR`; the list is not closed.
             * @example INVALID_DATA
             */
            code?: string;
            /** @description Human-readable summary. */
            message?: string;
            /** @description Per-field or per-cause details. */
            details?: components["schemas"]["ErrorDetail"][];
        };
        ErrorDetail: {
            /**
             * @description Specific cause, for example `INVALID_VALUE`, `REQUIRED_VALUE`, `EMPTY_VALUE`,
             *     `UNIQUENESS_VIOLATION`, `OUT_OF_RANGE`, `SIZE_LIMIT_EXCEEDED` or `INVALID_FILTER`;
             *     the list is not closed.
             */
            code?: string;
            /** @description The field or parameter the detail is about. */
            target?: string;
            message?: string;
            innerError?: components["schemas"]["ErrorInnerError"];
        };
        /** @description Extra data about a detail; which members appear depends on the detail code. */
        ErrorInnerError: {
            rangeMinimumValue?: number;
            rangeMaximumValue?: number;
            allowedPattern?: string;
            allowedValues?: string[];
            maximumValue?: number;
            referencedValues?: string[];
            /** @description On rate-limit errors, a hint of how long to wait before retrying. Its format is not documented; prefer the `Retry-After` header when present. */
            retryAfter?: string | number;
        };
        Link: {
            /** Format: uri */
            href: string;
        };
        /** @description HAL links of a resource, keyed by relation name. */
        Links: {
            [key: string]: components["schemas"]["Link"];
        };
        /** @description HAL links of a collection page. */
        CollectionLinks: {
            self: components["schemas"]["Link"];
            next?: components["schemas"]["Link"];
            prev?: components["schemas"]["Link"];
        } & {
            [key: string]: components["schemas"]["Link"];
        };
        /**
         * @description Fields shared by every collection page. `_embedded` (or the array inside it) can be missing
         *     when the page is empty; read a missing array as no items.
         */
        HalCollection: {
            _links?: components["schemas"]["CollectionLinks"];
            /** @description Number of items in the whole collection (after filtering). */
            count?: number;
            /** @description Number of items in this page. */
            size?: number;
        };
        KeyCollection: components["schemas"]["HalCollection"] & {
            _embedded?: {
                keys?: components["schemas"]["Certificate"][];
            };
        };
        CertificateCollection: components["schemas"]["HalCollection"] & {
            _embedded?: {
                certificates?: components["schemas"]["Certificate"][];
            };
        };
        KeyRotationPolicyCollection: components["schemas"]["HalCollection"] & {
            _embedded?: {
                keyRotationPolicies?: components["schemas"]["KeyRotationPolicy"][];
            };
        };
        ApplicationCollection: components["schemas"]["HalCollection"] & {
            _embedded?: {
                applications?: components["schemas"]["Application"][];
            };
        };
        /** @description Reference to a related PingOne resource. */
        ResourceRef: {
            id: string;
            name?: string;
        };
        /** @description The environment a resource belongs to. */
        EnvironmentRef: {
            id: string;
            name?: string;
            organization?: components["schemas"]["ResourceRef"];
        };
        /**
         * @description Key algorithm. `UNKNOWN` only appears on imported material PingOne cannot classify.
         * @enum {string}
         */
        KeyAlgorithm: "RSA" | "EC" | "UNKNOWN";
        /**
         * @description Signature algorithm of the key's certificate.
         * @enum {string}
         */
        SignatureAlgorithm: "SHA256withRSA" | "SHA384withRSA" | "SHA512withRSA" | "SHA256withECDSA" | "SHA384withECDSA" | "SHA512withECDSA";
        /**
         * @description What the key or certificate is used for.
         * @enum {string}
         */
        KeyUsageType: "ENCRYPTION" | "SIGNING" | "SSL/TLS" | "ISSUANCE" | "OUTBOUND_MTLS";
        /**
         * @description Validity state derived from the certificate dates and revocation.
         * @enum {string}
         */
        KeyStatus: "VALID" | "EXPIRING" | "EXPIRED" | "NOT_YET_VALID" | "REVOKED";
        /**
         * @description A key pair or a certificate as PingOne describes it. Keys (`/keys`) and certificates
         *     (`/certificates`) share this representation; certificates carry no private key.
         */
        Certificate: {
            _links?: components["schemas"]["Links"];
            readonly id: string;
            name?: string;
            algorithm?: components["schemas"]["KeyAlgorithm"];
            /** @description Key size in bits (documented values RSA 2048, 3072, 7680; EC 224, 256, 384). */
            keyLength?: number;
            signatureAlgorithm?: components["schemas"]["SignatureAlgorithm"];
            /** @description Subject distinguished name, for example `CN=app, OU=IT, O=Example, L=Denver, ST=CO, C=US`. */
            subjectDN?: string;
            /** @description Issuer distinguished name. */
            issuerDN?: string;
            /**
             * Format: int64
             * @description Certificate serial number.
             */
            serialNumber?: number;
            usageType?: components["schemas"]["KeyUsageType"];
            /** @description Whether this is the environment's default key for its usage type. */
            default?: boolean;
            /**
             * @deprecated
             * @description Older form of `default` + `usageType`, still present in legacy responses.
             * @enum {string}
             */
            defaultKey?: "SIGNING" | "ENCRYPTION" | "NONE";
            status?: components["schemas"]["KeyStatus"];
            /** @description Validity in days. */
            validityPeriod?: number;
            /** Format: date-time */
            readonly startsAt?: string;
            /** Format: date-time */
            readonly expiresAt?: string;
            /** Format: date-time */
            readonly createdAt?: string;
            /** @description Plain-HTTP URL of a CRL distribution point to embed in issued certificates. */
            customCRL?: string;
            environment?: components["schemas"]["EnvironmentRef"];
            organization?: components["schemas"]["ResourceRef"];
        };
        /** @description Attributes of a key pair for PingOne to generate. */
        KeyCreateRequest: {
            name: string;
            /** @enum {string} */
            algorithm: "RSA" | "EC";
            /** @description Key size in bits; must suit `algorithm` (documented values RSA 2048, 3072, 7680; EC 224, 256, 384). */
            keyLength: number;
            signatureAlgorithm: components["schemas"]["SignatureAlgorithm"];
            /** @description An RFC 4514 distinguished name with at least a CN, for example `CN=app, OU=IT, O=Example, C=US`. */
            subjectDN: string;
            usageType: components["schemas"]["KeyUsageType"];
            /** @description Validity in days. */
            validityPeriod: number;
            /** @description Make the new key the default for its usage type. */
            default?: boolean;
            /**
             * Format: int64
             * @description Serial number for the certificate; PingOne picks one when omitted.
             */
            serialNumber?: number;
            /** @description Issuer DN; omit for a self-signed certificate. */
            issuerDN?: string;
            /** @description Plain-HTTP URL of a CRL distribution point to embed. */
            customCRL?: string;
        };
        /** @description Multipart form that imports a key pair from a PKCS#12 keystore. */
        KeyImportRequest: {
            /** @description The PKCS#12 (.p12 / .pfx) keystore. */
            file: string;
            usageType: components["schemas"]["KeyUsageType"];
            /** @description Export password of the keystore; needed only when it is encrypted. */
            password?: string;
        };
        /** @description Writable settings of an existing key. */
        KeyUpdateRequest: {
            /** @description Make this key the default for its usage type. */
            default: boolean;
            usageType: components["schemas"]["KeyUsageType"];
            issuerDN?: string;
        };
        /** @description Multipart form carrying a CA's answer to a CSR. */
        CsrResponseImportRequest: {
            /** @description The issued certificate with its chain, as PKCS#7 or PEM. */
            file: string;
        };
        /** @description Multipart form that uploads a certificate. */
        CertificateUploadRequest: {
            /** @description The certificate (and chain), as PKCS#7 (.p7b) or PEM. */
            file: string;
            usageType: components["schemas"]["KeyUsageType"];
        };
        /** @description Body of the legacy organization signing-key request. */
        OrganizationKeyCreateRequest: {
            name?: string;
        };
        /**
         * @description An application that references the key or certificate. Only the members common to every
         *     application type are listed; protocol-specific members (SAML, OIDC, WS-Fed) also appear.
         */
        Application: {
            _links?: components["schemas"]["Links"];
            readonly id: string;
            name: string;
            description?: string;
            enabled: boolean;
            /** @enum {string} */
            protocol: "OPENID_CONNECT" | "SAML" | "WS_FED" | "EXTERNAL_LINK";
            /** @enum {string} */
            type: "WEB_APP" | "NATIVE_APP" | "SINGLE_PAGE_APP" | "WORKER" | "SERVICE" | "CUSTOM_APP" | "PING_ONE_SELF_SERVICE" | "PING_ONE_ADMIN_CONSOLE" | "PING_ONE_PORTAL" | "TEMPLATE_APP" | "PORTAL_LINK_APP";
            hiddenFromAppPortal?: boolean;
            loginPageUrl?: string;
            icon?: {
                id: string;
                href: string;
            };
            accessControl?: {
                role?: {
                    /** @enum {string} */
                    type: "ADMIN_USERS_ONLY";
                };
                group?: {
                    /** @enum {string} */
                    type: "ANY_GROUP" | "ALL_GROUPS";
                    groups: {
                        id: string;
                    }[];
                };
            };
            environment?: components["schemas"]["EnvironmentRef"];
            /** Format: date-time */
            readonly createdAt?: string;
            /** Format: date-time */
            readonly updatedAt?: string;
        };
        /** @description A schedule on which PingOne generates a new signing key and promotes it. */
        KeyRotationPolicy: {
            _links?: components["schemas"]["Links"];
            readonly id?: string;
            name: string;
            /** @enum {string} */
            algorithm: "RSA";
            /** @description Key size in bits for the generated keys. */
            keyLength: number;
            /** @enum {string} */
            signatureAlgorithm: "SHA256withRSA";
            /** @enum {string} */
            usageType: "SIGNING";
            /** @description Subject DN given to every generated key. */
            dn: string;
            /**
             * @description Days between rotations.
             * @default 90
             */
            rotationPeriod?: number;
            /**
             * @description Validity in days of each generated key.
             * @default 365
             */
            validityPeriod?: number;
            /** @description Key currently in use. */
            readonly currentKeyId?: string;
            /** @description Key that becomes current at the next rotation. */
            readonly nextKeyId?: string;
            /**
             * Format: date-time
             * @description When the last rotation happened.
             */
            readonly rotatedAt?: string;
            environment?: components["schemas"]["EnvironmentRef"];
        };
        /**
         * @description Body of an encrypt, decrypt, sign or verify call. The sources behind this spec declare it as
         *     a JSON object without listing its members, so it is left open here; it names the key to use
         *     and carries the data (and, for verify, the signature).
         */
        CryptoRequest: {
            [key: string]: unknown;
        };
        /** @description Result of an encrypt, decrypt, sign or verify call; members not described by the sources, left open. */
        CryptoResult: {
            [key: string]: unknown;
        };
        /** @description One public key in JWK form. */
        Jwk: {
            /** @description Key type, for example `RSA`. */
            kty: string;
            /** @description Key ID; matches the `kid` header of tokens signed with the key. */
            kid: string;
            /** @description Intended use, `sig` or `enc`. */
            use?: string;
            alg?: string;
            /** @description RSA modulus, base64url. */
            n?: string;
            /** @description RSA public exponent, base64url. */
            e?: string;
            /** @description Certificate chain, base64 DER. */
            x5c?: string[];
            x5t?: string;
            "x5t#S256"?: string;
        };
        JwkSet: {
            keys: components["schemas"]["Jwk"][];
        };
    };
    responses: {
        /** @description The request was malformed or failed validation (`INVALID_DATA`, `INVALID_REQUEST`); `details` names the offending fields. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The access token is missing, expired or invalid (`ACCESS_FAILED`). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token's roles do not allow this call (`ACCESS_FAILED`). Can be transient right after a role grant. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The environment or resource does not exist, or is not visible to the caller (`NOT_FOUND`). Can be transient right after an environment is created. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The method is not supported on this resource (`METHOD_NOT_ALLOWED`). */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A uniqueness or state constraint was violated, for example a duplicate name or a key still in use. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limit hit (`REQUEST_LIMITED`). Wait for `Retry-After` (or `details[].innerError.retryAfter`) before retrying. */
        TooManyRequests: {
            headers: {
                /** @description How long to wait before retrying, as delay-seconds (or, per HTTP, a date). */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The service failed (`UNEXPECTED_ERROR`). Safe to retry with back-off for reads. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Any other error status, in the same envelope. */
        UnexpectedError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description ID of the PingOne environment. */
        EnvironmentId: string;
        /** @description ID of the PingOne organization. */
        OrganizationId: string;
        /** @description ID of the key. */
        KeyId: string;
        /** @description ID of the certificate. */
        CertificateId: string;
        /** @description ID of the key rotation policy. */
        KeyRotationPolicyId: string;
        /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
        ExternalTransactionId: string;
        /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
        ExternalSessionId: string;
        /** @description Largest number of items to return in one page. */
        Limit: number;
        /** @description Opaque position token. It is carried inside `_links.next.href`; clients normally follow that link rather than set it. */
        Cursor: string;
        /**
         * @description SCIM-style filter expression over the item attributes, for example `status eq "VALID"`.
         * @example status eq "VALID"
         */
        Filter: string;
        /** @description Attribute to sort the page by (PingOne convention, `-` prefix for descending). Servers that do not support ordering on this collection reject or ignore it. */
        Order: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
/** Definitions of the PingOne Platform certificates and keys spec. */
export type $defs = Record<string, never>;
/** Every operation of the PingOne Platform certificates and keys spec by operationId: parameters, request body, responses. */
export interface operations {
    listKeys: {
        parameters: {
            query?: {
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque position token. It is carried inside `_links.next.href`; clients normally follow that link rather than set it. */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description SCIM-style filter expression over the item attributes, for example `status eq "VALID"`.
                 * @example status eq "VALID"
                 */
                filter?: components["parameters"]["Filter"];
                /** @description Attribute to sort the page by (PingOne convention, `-` prefix for descending). Servers that do not support ordering on this collection reject or ignore it. */
                order?: components["parameters"]["Order"];
            };
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyCreateRequest"];
                "multipart/form-data": components["schemas"]["KeyImportRequest"];
            };
        };
        responses: {
            /** @description The key was generated or imported. */
            201: {
                headers: {
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
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the key. */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key in the requested representation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                    "application/x-x509-ca-cert": string;
                    "application/x-pkcs7-certificates": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the key. */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated key. */
            200: {
                headers: {
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
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the key. */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listKeyApplications: {
        parameters: {
            query?: {
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque position token. It is carried inside `_links.next.href`; clients normally follow that link rather than set it. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the key. */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    exportKeyCsr: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the key. */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSR in the requested encoding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pkcs10": string;
                    "application/x-pem-file": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    importKeyCsrResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the key. */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CsrResponseImportRequest"];
            };
        };
        responses: {
            /** @description The key with its newly imported certificate. */
            200: {
                headers: {
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
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listCertificates: {
        parameters: {
            query?: {
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque position token. It is carried inside `_links.next.href`; clients normally follow that link rather than set it. */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description SCIM-style filter expression over the item attributes, for example `status eq "VALID"`.
                 * @example status eq "VALID"
                 */
                filter?: components["parameters"]["Filter"];
                /** @description Attribute to sort the page by (PingOne convention, `-` prefix for descending). Servers that do not support ordering on this collection reject or ignore it. */
                order?: components["parameters"]["Order"];
            };
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of certificates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CertificateUploadRequest"];
            };
        };
        responses: {
            /** @description The certificate was accepted; the body holds what was parsed from the file. */
            202: {
                headers: {
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
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the certificate. */
                certificateId: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate's attributes. */
            200: {
                headers: {
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
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the certificate. */
                certificateId: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listCertificateApplications: {
        parameters: {
            query?: {
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque position token. It is carried inside `_links.next.href`; clients normally follow that link rather than set it. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the certificate. */
                certificateId: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    encryptWithKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CryptoRequest"];
            };
        };
        responses: {
            /** @description The encryption result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CryptoResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    decryptWithKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CryptoRequest"];
            };
        };
        responses: {
            /** @description The decryption result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CryptoResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    signWithKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CryptoRequest"];
            };
        };
        responses: {
            /** @description The signing result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CryptoResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    verifyWithKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CryptoRequest"];
            };
        };
        responses: {
            /** @description The verification result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CryptoResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listKeyRotationPolicies: {
        parameters: {
            query?: {
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque position token. It is carried inside `_links.next.href`; clients normally follow that link rather than set it. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of key rotation policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyRotationPolicyCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createKeyRotationPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyRotationPolicy"];
            };
        };
        responses: {
            /** @description The policy was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyRotationPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getKeyRotationPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the key rotation policy. */
                keyRotationPolicyId: components["parameters"]["KeyRotationPolicyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyRotationPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateKeyRotationPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the key rotation policy. */
                keyRotationPolicyId: components["parameters"]["KeyRotationPolicyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyRotationPolicy"];
            };
        };
        responses: {
            /** @description The updated policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyRotationPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteKeyRotationPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
                /** @description ID of the key rotation policy. */
                keyRotationPolicyId: components["parameters"]["KeyRotationPolicyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getEnvironmentJwks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne environment. */
                environmentId: components["parameters"]["EnvironmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The environment's public keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JwkSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createOrganizationKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen transaction ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Transaction-ID"?: components["parameters"]["ExternalTransactionId"];
                /** @description Caller-chosen session ID recorded with the request in PingOne's audit trail. */
                "X-Ping-External-Session-ID"?: components["parameters"]["ExternalSessionId"];
            };
            path: {
                /** @description ID of the PingOne organization. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationKeyCreateRequest"];
            };
        };
        responses: {
            /** @description The organization signing key. */
            201: {
                headers: {
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
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
}
