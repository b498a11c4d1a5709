/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: specs/sectigo/openapi.yaml. Regenerate with `pnpm gen`; CI fails when this file drifts from the spec.
 */
/* biome-ignore-all lint: generated code */

/** Every path of the Sectigo Certificate Manager spec with its operations (openapi-typescript). */
export interface paths {
    "/api/ssl/v1/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the SSL certificate profiles available for enrollment */
        get: operations["listSslCertificateProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/customFields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom fields that apply to SSL certificates */
        get: operations["listSslCustomFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/{sslId}/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List where an SSL certificate is installed */
        get: operations["listSslCertificateLocations"];
        put?: never;
        /** Add a custom location to an SSL certificate */
        post: operations["createSslCertificateLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/{sslId}/location/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one location of an SSL certificate */
        get: operations["getSslCertificateLocation"];
        /** Change a custom location of an SSL certificate */
        put: operations["updateSslCertificateLocation"];
        post?: never;
        /** Remove a custom location from an SSL certificate */
        delete: operations["deleteSslCertificateLocation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List SSL certificates, filtered and paged */
        get: operations["listSslCertificates"];
        /** Change the editable details of an SSL certificate */
        put: operations["updateSslCertificate"];
        post?: never;
        delete?: never;
        options?: never;
        /** Count SSL certificates matching the filters (total in X-Total-Count) */
        head: operations["countSslCertificates"];
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the details of an SSL certificate */
        get: operations["getSslCertificate"];
        put?: never;
        post?: never;
        /** Delete an SSL certificate record */
        delete: operations["deleteSslCertificate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/{sslId}/dcv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the domain validation state of an SSL certificate order */
        get: operations["getSslCertificateDcv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/{sslId}/dcv/recheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the CA to check the domain validation of an SSL order again */
        post: operations["recheckSslCertificateDcv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a new SSL certificate from a CSR
         * @description Submits a CSR for a new SSL certificate. The answer carries the new `sslId` (and a `renewId`); issuance is asynchronous, so poll collectSslCertificate with that ID.
         */
        post: operations["enrollSslCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/enroll-keygen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an SSL certificate whose key is generated by a Private Key Agent or in Azure Key Vault
         * @description Requests an SSL certificate without a CSR: the key pair is generated either by a Private Key Agent (`keyGenerationMethod: PK_AGENT`) or in an Azure Key Vault (`AZURE_KEY_VAULT`, with `azureKeyVault`). Poll collectSslCertificate with the returned `sslId`; fetch the key with createSslKeystoreDownloadLink.
         */
        post: operations["enrollSslCertificateWithKeyGeneration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/collect/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an issued SSL certificate in the chosen format
         * @description Downloads the issued certificate. Until it is issued the server answers with an error whose code is -1400 (still being processed) or -183 (not collectable yet).
         */
        get: operations["collectSslCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/keystore/{sslId}/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get a link to download the key (or keystore) held by the Private Key Agent */
        post: operations["createSslKeystoreDownloadLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/approve/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending SSL certificate request */
        post: operations["approveSslCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/decline/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a pending SSL certificate request */
        post: operations["declineSslCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/revoke/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an SSL certificate by its ID */
        post: operations["revokeSslCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/revoke/serial/{serialNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an SSL certificate by its serial number */
        post: operations["revokeSslCertificateBySerial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/revoke/manual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an SSL certificate as revoked without contacting the CA */
        post: operations["markSslCertificateRevoked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/renew/{renewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew an SSL certificate using the renew ID returned at enrollment */
        post: operations["renewSslCertificateByRenewId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/renewById/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew an SSL certificate by its ID
         * @description Starts a renewal; the answer names the new certificate (`sslId`) to collect.
         */
        post: operations["renewSslCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/renew/manual/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an SSL certificate as renewed without a new order */
        post: operations["markSslCertificateRenewed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/replace/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace an SSL certificate with a new CSR */
        post: operations["replaceSslCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v1/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import SSL certificates from a zip archive */
        post: operations["importSslCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import SSL certificates with their metadata as JSON */
        post: operations["importSslCertificatesV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v1/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the client certificate profiles available for enrollment */
        get: operations["listSmimeCertificateProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v1/customFields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom fields that apply to client certificates */
        get: operations["listSmimeCustomFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/{certId}/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List where a client certificate is installed */
        get: operations["listSmimeCertificateLocations"];
        put?: never;
        /** Add a custom location to a client certificate */
        post: operations["createSmimeCertificateLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/{certId}/location/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one location of a client certificate */
        get: operations["getSmimeCertificateLocation"];
        /** Change a custom location of a client certificate */
        put: operations["updateSmimeCertificateLocation"];
        post?: never;
        /** Remove a custom location from a client certificate */
        delete: operations["deleteSmimeCertificateLocation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List client certificates, filtered and paged */
        get: operations["listSmimeCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /** Count client certificates matching the filters (total in X-Total-Count) */
        head: operations["countSmimeCertificates"];
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/byPersonId/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the client certificates of a person, by person ID */
        get: operations["listSmimeCertificatesByPersonId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/byPersonEmail/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the client certificates of a person, by e-mail address */
        get: operations["listSmimeCertificatesByPersonEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v1/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the details of a client certificate */
        get: operations["getSmimeCertificate"];
        /** Change the editable details of a client certificate */
        put: operations["updateSmimeCertificate"];
        post?: never;
        /** Delete a client certificate record */
        delete: operations["deleteSmimeCertificate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v1/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a new client certificate from a CSR
         * @description Submits a CSR for a new client (S/MIME) certificate for a person. The answer carries the new certificate `id`; poll collectSmimeCertificate with it.
         */
        post: operations["enrollSmimeCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/collect/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an issued client certificate in the chosen format */
        get: operations["collectSmimeCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/collect/order/{backendCertId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an issued client certificate identified by its CA order number */
        get: operations["collectSmimeCertificateByBackendId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v1/keystore/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Download a client certificate with its escrowed key as PKCS#12
         * @description Downloads the certificate with its escrowed private key as a PKCS#12 file protected by the given passphrase (key escrow must be enabled for the organization).
         */
        post: operations["downloadSmimeCertificateKeystore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v1/renew/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew a client certificate by its ID */
        post: operations["renewSmimeCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/renew/order/{backendCertId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew a client certificate identified by its CA order number */
        post: operations["renewSmimeCertificateByBackendId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/renew/serial/{serialNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew a client certificate identified by its serial number */
        post: operations["renewSmimeCertificateBySerial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v1/revoke/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a client certificate by its ID */
        post: operations["revokeSmimeCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v1/revoke/order/{backendCertId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a client certificate identified by its CA order number */
        post: operations["revokeSmimeCertificateByBackendId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v1/revoke/serial/{serialNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a client certificate identified by its serial number */
        post: operations["revokeSmimeCertificateBySerial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v1/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke every client certificate issued to an e-mail address */
        post: operations["revokeSmimeCertificatesByEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v1/revoke/manual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a client certificate as revoked without contacting the CA */
        post: operations["markSmimeCertificateRevoked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import client certificates with their metadata */
        post: operations["importSmimeCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the device certificate profiles available for enrollment */
        get: operations["listDeviceCertificateProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/customFields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom fields that apply to device certificates */
        get: operations["listDeviceCustomFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/{certId}/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List where a device certificate is installed */
        get: operations["listDeviceCertificateLocations"];
        put?: never;
        /** Add a custom location to a device certificate */
        post: operations["createDeviceCertificateLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/{certId}/location/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one location of a device certificate */
        get: operations["getDeviceCertificateLocation"];
        /** Change a custom location of a device certificate */
        put: operations["updateDeviceCertificateLocation"];
        post?: never;
        /** Remove a custom location from a device certificate */
        delete: operations["deleteDeviceCertificateLocation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List device certificates, filtered and paged */
        get: operations["listDeviceCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /** Count device certificates matching the filters (total in X-Total-Count) */
        head: operations["countDeviceCertificates"];
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the details of a device certificate */
        get: operations["getDeviceCertificate"];
        /** Change the editable details of a device certificate */
        put: operations["updateDeviceCertificate"];
        post?: never;
        /** Delete a device certificate record */
        delete: operations["deleteDeviceCertificate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a new device certificate from a CSR
         * @description Submits a CSR for a new device certificate. The answer carries `deviceCertId`; poll collectDeviceCertificate with it.
         */
        post: operations["enrollDeviceCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/collect/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an issued device certificate in the chosen format */
        get: operations["collectDeviceCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/approve/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending device certificate request */
        post: operations["approveDeviceCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/decline/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a pending device certificate request */
        post: operations["declineDeviceCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/revoke/order/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a device certificate by its ID */
        post: operations["revokeDeviceCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/revoke/serial/{serialNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a device certificate identified by its serial number */
        post: operations["revokeDeviceCertificateBySerial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/revoke/manual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a device certificate as revoked without contacting the CA */
        post: operations["markDeviceCertificateRevoked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/renew/order/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew a device certificate by its ID */
        post: operations["renewDeviceCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/renew/serial/{serialNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew a device certificate identified by its serial number */
        post: operations["renewDeviceCertificateBySerial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/replace/order/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace a device certificate with a new CSR */
        post: operations["replaceDeviceCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/v1/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import device certificates with their metadata */
        post: operations["importDeviceCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cscert/v1/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import code signing certificates with their metadata */
        post: operations["importCodeSigningCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cscert/v1/revoke/manual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a code signing certificate as revoked without contacting the CA */
        post: operations["markCodeSigningCertificateRevoked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/csod/v1/requests/developer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the code signing requests the developer has opened
         * @deprecated
         */
        get: operations["listDeveloperCodeSigningRequests"];
        /**
         * Submit an uploaded code signing request for approval
         * @deprecated
         */
        put: operations["submitCodeSigningRequest"];
        /**
         * Open a code signing request as a developer
         * @deprecated
         */
        post: operations["createCodeSigningRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{uploadPath}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload the files to sign to the URL returned when the request was opened
         * @deprecated
         * @description Uploads the files to sign as multipart parts with any unique names (`file1`, `file2`...). The target is the `uploadUrl` returned by createCodeSigningRequest: a code signing agent host, not the SCM host, often with a self-signed TLS certificate. Send its path and its `token` and `requestId` query values as given. No SCM credentials are sent.
         */
        post: operations["uploadCodeSigningFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/csod/v1/requests/developer/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count the code signing requests the developer has opened
         * @deprecated
         */
        get: operations["countDeveloperCodeSigningRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/csod/v1/requests/developer/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one of the developer's code signing requests
         * @deprecated
         */
        get: operations["getDeveloperCodeSigningRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/csod/v1/requests/admin/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted code signing request
         * @deprecated
         */
        post: operations["approveCodeSigningRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/csod/v1/requests/admin/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a submitted code signing request
         * @deprecated
         */
        post: operations["declineCodeSigningRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/csod/v1/requests/admin/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count the code signing requests visible to the administrator
         * @deprecated
         */
        get: operations["countCodeSigningRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/csod/v1/requests/admin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the code signing requests visible to the administrator
         * @deprecated
         */
        get: operations["listCodeSigningRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/csod/v1/requests/admin/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one code signing request as an administrator
         * @deprecated
         */
        get: operations["getCodeSigningRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-indicator/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List BIMI (brand indicator) certificates, filtered and paged */
        get: operations["listBimiCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-indicator/v1/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the details of a BIMI certificate */
        get: operations["getBimiCertificate"];
        /** Change a BIMI request that is still requested, declined, rejected or invalid */
        put: operations["updateBimiCertificate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-indicator/v1/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a new BIMI certificate
         * @description Requests a BIMI (Verified Mark) certificate. The new certificate is named by the `Location` header; poll getBimiCertificate and then collectBimiCertificate once it is issued.
         */
        post: operations["enrollBimiCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-indicator/v1/{certId}/dcv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the domain validation state of a BIMI order */
        get: operations["getBimiCertificateDcv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-indicator/v1/{certId}/dcv/recheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the CA to check the domain validation of a BIMI order again */
        post: operations["recheckBimiCertificateDcv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-indicator/v1/collect/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Download an issued BIMI certificate in the chosen format */
        post: operations["collectBimiCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-indicator/v1/approve/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending BIMI certificate request */
        post: operations["approveBimiCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-indicator/v1/revoke/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a BIMI certificate */
        post: operations["revokeBimiCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List certificate profiles across all certificate types */
        get: operations["listEnrollmentProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile/v1/{profileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one certificate profile */
        get: operations["getEnrollmentProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List domains with their domain control validation state */
        get: operations["listDomainValidations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the domain control validation state of a domain */
        post: operations["getDomainValidationStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read the domain control validation state of a domain (older form)
         * @deprecated
         */
        post: operations["getDomainValidationStatusV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refresh a domain's validation state from the CA */
        post: operations["syncDomainValidation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a domain's validation so it can be started again */
        post: operations["clearDomainValidation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove a domain's validation */
        post: operations["deleteDomainValidation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation/start/domain/http": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start HTTP file-based validation of a domain and get the file to publish */
        post: operations["startDomainValidationHttp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation/start/domain/https": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start HTTPS file-based validation of a domain and get the file to publish */
        post: operations["startDomainValidationHttps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation/submit/domain/http": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tell the CA the HTTP validation file is in place */
        post: operations["submitDomainValidationHttp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation/submit/domain/https": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tell the CA the HTTPS validation file is in place */
        post: operations["submitDomainValidationHttps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation/start/domain/cname": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start CNAME-based validation of a domain and get the record to publish */
        post: operations["startDomainValidationCname"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation/submit/domain/cname": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tell the CA the CNAME record is in place, or have a DNS connector publish it */
        post: operations["submitDomainValidationCname"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation/submit/domain/txt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a domain with a TXT record */
        post: operations["submitDomainValidationTxt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation/start/domain/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start e-mail validation for one or several domains and get the allowed addresses */
        post: operations["startDomainValidationEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation/submit/domain/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the validation e-mail for a domain to the chosen address */
        post: operations["submitDomainValidationEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v1/validation/submit-bulk/domain/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send validation e-mails for several domains to one address */
        post: operations["submitDomainValidationEmailBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customField/v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List custom fields, optionally for one certificate type */
        get: operations["listCustomFields"];
        /** Change a custom field */
        put: operations["updateCustomField"];
        /** Create a custom field */
        post: operations["createCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customField/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom fields (older form)
         * @deprecated
         */
        get: operations["listCustomFieldsV1"];
        /**
         * Change a custom field (older form)
         * @deprecated
         */
        put: operations["updateCustomFieldV1"];
        /**
         * Create a custom field (older form)
         * @deprecated
         */
        post: operations["createCustomFieldV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customField/v1/ssl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the SSL custom fields (older form)
         * @deprecated
         */
        get: operations["listSslCustomFieldsV1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customField/v2/{customFieldId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one custom field */
        get: operations["getCustomField"];
        put?: never;
        post?: never;
        /** Delete a custom field */
        delete: operations["deleteCustomField"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customField/v1/{customFieldId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a custom field (older form)
         * @deprecated
         */
        delete: operations["deleteCustomFieldV1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v2/net_task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List network scan tasks (version 2)
         * @deprecated
         */
        get: operations["listNetworkScanTasksV2"];
        /**
         * Change a network scan task (version 2, ID in the body)
         * @deprecated
         */
        put: operations["updateNetworkScanTaskV2"];
        /**
         * Create a network scan task (version 2)
         * @deprecated
         */
        post: operations["createNetworkScanTaskV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v3/net_task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List network scan tasks */
        get: operations["listNetworkScanTasks"];
        put?: never;
        /**
         * Create a network scan task (version 3)
         * @deprecated
         */
        post: operations["createNetworkScanTaskV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v4/net_task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List network scan tasks (Admin API) */
        get: operations["listNetworkScanTasksV4"];
        put?: never;
        /** Create a network scan task */
        post: operations["createNetworkScanTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v3/net_task/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a network scan task (version 3)
         * @deprecated
         */
        get: operations["getNetworkScanTaskV3"];
        /**
         * Change a network scan task (version 3)
         * @deprecated
         */
        put: operations["updateNetworkScanTaskV3"];
        post?: never;
        /** Delete a network scan task */
        delete: operations["deleteNetworkScanTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v4/net_task/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a network scan task */
        get: operations["getNetworkScanTask"];
        /** Change a network scan task */
        put: operations["updateNetworkScanTask"];
        post?: never;
        /** Delete a network scan task (Admin API) */
        delete: operations["deleteNetworkScanTaskV4"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v2/net_task/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a network scan task (version 2)
         * @deprecated
         */
        get: operations["getNetworkScanTaskV2"];
        put?: never;
        post?: never;
        /**
         * Delete a network scan task (version 2)
         * @deprecated
         */
        delete: operations["deleteNetworkScanTaskV2"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v2/net_task/{taskId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a network scan task now (version 2)
         * @deprecated
         * @description Starts a scan; it runs in the background (see listDiscoveryOperations).
         */
        post: operations["startNetworkScanTaskV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v3/net_task/{taskId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a network scan task now
         * @description Starts a scan; it runs in the background. Follow it with listDiscoveryOperations.
         */
        post: operations["startNetworkScanTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v2/ad_task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List MS Active Directory scan tasks (version 2)
         * @deprecated
         */
        get: operations["listAdScanTasksV2"];
        /**
         * Change an MS Active Directory scan task (version 2, ID in the body)
         * @deprecated
         */
        put: operations["updateAdScanTaskV2"];
        /**
         * Create an MS Active Directory scan task (version 2)
         * @deprecated
         */
        post: operations["createAdScanTaskV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v3/ad_task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List MS Active Directory scan tasks */
        get: operations["listAdScanTasks"];
        put?: never;
        /**
         * Create an MS Active Directory scan task (version 3)
         * @deprecated
         */
        post: operations["createAdScanTaskV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v4/ad_task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Active Directory scan tasks (Admin API) */
        get: operations["listAdScanTasksV4"];
        put?: never;
        /** Create an MS Active Directory scan task */
        post: operations["createAdScanTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v3/ad_task/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an MS Active Directory scan task (version 3)
         * @deprecated
         */
        get: operations["getAdScanTaskV3"];
        /**
         * Change an MS Active Directory scan task (version 3)
         * @deprecated
         */
        put: operations["updateAdScanTaskV3"];
        post?: never;
        /** Delete an MS Active Directory scan task */
        delete: operations["deleteAdScanTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v4/ad_task/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an MS Active Directory scan task */
        get: operations["getAdScanTask"];
        /** Change an MS Active Directory scan task */
        put: operations["updateAdScanTask"];
        post?: never;
        /** Delete an Active Directory scan task (Admin API) */
        delete: operations["deleteAdScanTaskV4"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v2/ad_task/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an MS Active Directory scan task (version 2)
         * @deprecated
         */
        get: operations["getAdScanTaskV2"];
        put?: never;
        post?: never;
        /**
         * Delete an MS Active Directory scan task (version 2)
         * @deprecated
         */
        delete: operations["deleteAdScanTaskV2"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v2/ad_task/{taskId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run an MS Active Directory scan task now (version 2)
         * @deprecated
         */
        post: operations["startAdScanTaskV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v3/ad_task/{taskId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run an MS Active Directory scan task now
         * @description Starts a scan; it runs in the background. Follow it with listDiscoveryOperations.
         */
        post: operations["startAdScanTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/azure_task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Azure Key Vault scan tasks */
        get: operations["listAzureScanTasks"];
        put?: never;
        /** Create an Azure Key Vault scan task */
        post: operations["createAzureScanTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/azure_task/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an Azure Key Vault scan task */
        get: operations["getAzureScanTask"];
        /** Change an Azure Key Vault scan task */
        put: operations["updateAzureScanTask"];
        post?: never;
        /** Delete an Azure Key Vault scan task */
        delete: operations["deleteAzureScanTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/azure_task/{taskId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run an Azure Key Vault scan task now
         * @description Starts a scan; it runs in the background. Follow it with listDiscoveryOperations.
         */
        post: operations["startAzureScanTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/assignmentrule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the IDs of the assignment rules */
        get: operations["listAssignmentRuleIds"];
        /** Change an assignment rule (ID in the body) */
        put: operations["updateAssignmentRule"];
        /** Create a rule that assigns discovered certificates */
        post: operations["createAssignmentRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/assignmentrule/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an assignment rule */
        get: operations["getAssignmentRule"];
        put?: never;
        post?: never;
        /** Delete an assignment rule */
        delete: operations["deleteAssignmentRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/assignmentrule/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the assignment rules */
        get: operations["countAssignmentRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/bucket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List discovery buckets */
        get: operations["listDiscoveryBuckets"];
        put?: never;
        /** Create a bucket that receives discovered certificates */
        post: operations["createDiscoveryBucket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/bucket/{bucketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a discovery bucket */
        get: operations["getDiscoveryBucket"];
        /** Change a discovery bucket */
        put: operations["updateDiscoveryBucket"];
        post?: never;
        /** Delete a discovery bucket */
        delete: operations["deleteDiscoveryBucket"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/bucket/{bucketId}/reset-client-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Issue a new client secret for a discovery bucket
         * @description Each call issues a new client secret and invalidates the old one.
         */
        put: operations["resetDiscoveryBucketClientSecret"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/bucket/{bucketId}/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the organizations a discovery bucket is delegated to */
        put: operations["delegateDiscoveryBucket"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/bucket/{bucketId}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the certificates held in a discovery bucket */
        get: operations["listDiscoveryBucketCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/bucket/{bucketId}/runrules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply the assignment rules to the certificates of a bucket */
        post: operations["runDiscoveryBucketRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/bucket/{bucketId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign certificates of a bucket to an organization */
        post: operations["assignDiscoveryBucketCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/{taskType}/{taskId}/operation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the runs (operations) of a discovery task */
        get: operations["listDiscoveryOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/{taskType}/{taskId}/operation/{operationId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a running discovery operation */
        post: operations["stopDiscoveryOperation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v1/{taskType}/{taskId}/operation/{operationId}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read what a discovery operation found */
        get: operations["getDiscoveryOperationResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List notification settings, filtered and paged */
        get: operations["listNotifications"];
        put?: never;
        /** Create a notification setting */
        post: operations["createNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification/v1/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the notification types that can be configured */
        get: operations["listNotificationTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification/v1/{notificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a notification setting */
        put: operations["updateNotification"];
        post?: never;
        /** Delete a notification setting */
        delete: operations["deleteNotification"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List administrators, filtered and paged */
        get: operations["listAdmins"];
        put?: never;
        /**
         * Create an administrator (standard, API, IdP or SAS)
         * @description Creates a standard, API, IdP or SAS administrator; `type` selects which. Standard and API admins need `login` and `password`, IdP admins an `identityProviderId`.
         */
        post: operations["createAdmin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/{adminId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an administrator (standard, API, IdP or SAS)
         * @description The shape is the same for standard, API, IdP and SAS administrators; fields that do not apply are absent.
         */
        get: operations["getAdmin"];
        /** Change an administrator (standard, API, IdP or SAS) */
        put: operations["updateAdmin"];
        post?: never;
        /** Delete an administrator */
        delete: operations["deleteAdmin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the roles the caller can grant */
        get: operations["listAdminRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/privileges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the privileges available for a role */
        get: operations["listAdminPrivileges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/idp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the identity providers administrators can sign in with */
        get: operations["listIdentityProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/{adminId}/unlink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Detach an IdP administrator from its IdP template */
        put: operations["unlinkAdminFromTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the password state of the calling administrator */
        get: operations["getAdminPasswordState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/changepassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password of the calling administrator */
        post: operations["changeAdminPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-template/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List IdP administrator templates */
        get: operations["listIdpTemplates"];
        put?: never;
        /** Create an IdP administrator template */
        post: operations["createIdpTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-template/v1/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an IdP administrator template (Admin API) */
        get: operations["getIdpTemplate"];
        /** Change an IdP administrator template */
        put: operations["updateIdpTemplate"];
        post?: never;
        /** Delete an IdP administrator template */
        delete: operations["deleteIdpTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List persons, filtered and paged */
        get: operations["listPersons"];
        put?: never;
        /** Create a person */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/v1/id/byEmail/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look up a person's ID from an e-mail address */
        get: operations["getPersonIdByEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/v1/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a person */
        get: operations["getPerson"];
        /** Change a person */
        put: operations["updatePerson"];
        post?: never;
        /**
         * Delete a person (older form)
         * @deprecated
         */
        delete: operations["deletePersonV1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/v2/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a person (Admin API) */
        get: operations["getPersonV2"];
        /** Change a person (Admin API) */
        put: operations["updatePersonV2"];
        post?: never;
        /** Delete a person */
        delete: operations["deletePerson"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/v2/{personId}/import-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a person's private key into key escrow */
        post: operations["importPersonPrivateKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/v1/{personId}/import-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a person's private key into key escrow (older form)
         * @deprecated
         */
        post: operations["importPersonPrivateKeyV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/v2/{personId}/invitation/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail a person an invitation to enroll through an endpoint account */
        post: operations["sendPersonInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/v1/{personId}/invitation/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail a person an enrollment invitation (older form)
         * @deprecated
         */
        post: operations["sendPersonInvitationV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/v2/{personId}/invitation/endpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the enrollment endpoints a person can be invited to */
        get: operations["listPersonInvitationEndpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/v2/{personId}/invitation/endpoint/{endpointId}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the accounts of an enrollment endpoint a person can be invited to */
        get: operations["listPersonInvitationEndpointAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domain/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List domains, filtered and paged */
        get: operations["listDomains"];
        put?: never;
        /** Create a domain */
        post: operations["createDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domain/v1/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count domains matching the filters
         * @deprecated
         */
        get: operations["countDomains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domain/v1/{domainId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a domain */
        get: operations["getDomain"];
        put?: never;
        post?: never;
        /** Delete a domain */
        delete: operations["deleteDomain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domain/v1/{domainId}/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Turn Certificate Transparency log monitoring of a domain on or off, or change it */
        put: operations["updateDomainMonitoring"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domain/v1/{domainId}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Activate a suspended domain */
        put: operations["activateDomain"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domain/v1/{domainId}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Suspend a domain */
        put: operations["suspendDomain"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domain/v1/{domainId}/delegation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delegate a domain to an organization or department */
        post: operations["delegateDomain"];
        /** Remove a delegation of a domain */
        delete: operations["removeDomainDelegation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domain/v1/delegation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delegate several domains at once */
        post: operations["delegateDomains"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domain/v1/{domainId}/delegation/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a requested domain delegation */
        post: operations["approveDomainDelegation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domain/v1/{domainId}/delegation/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a requested domain delegation */
        post: operations["rejectDomainDelegation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organizations with their departments */
        get: operations["listOrganizations"];
        put?: never;
        /**
         * Create an organization or a department
         * @description Creates an organization, or a department when `parentOrgName` names its organization.
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/v1/managedBy/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organizations the caller manages in a role */
        get: operations["listOrganizationsManagedByRole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/v1/report-type/{certType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organizations the caller can report on for a certificate type */
        get: operations["listOrganizationsForReportType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/v1/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an organization or department */
        get: operations["getOrganization"];
        /** Change an organization or department */
        put: operations["updateOrganization"];
        post?: never;
        /** Delete an organization or department */
        delete: operations["deleteOrganization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/v2/{orgId}/validations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the validations of an organization
         * @deprecated
         */
        get: operations["listOrganizationValidations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/v2/{orgId}/validations/{validationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an organization validation */
        get: operations["getOrganizationValidation"];
        put?: never;
        post?: never;
        /** Reset an organization validation */
        delete: operations["resetOrganizationValidation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/v2/{orgId}/validations/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit an organization for validation */
        post: operations["submitOrganizationValidation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/v2/{orgId}/validations/{validationId}/revalidate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Submit an organization validation again with corrected details */
        put: operations["resubmitOrganizationValidation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/v2/{orgId}/validations/{validationId}/validator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Hand an organization validation to another administrator */
        put: operations["changeOrganizationValidator"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/v2/{orgId}/validations/{validationId}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refresh an organization validation from the CA */
        post: operations["syncOrganizationValidation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/v2/{orgId}/validations/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link an organization to a validation done outside SCM */
        post: operations["createExternalValidationAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/v2/{orgId}/validations/assignment/{validationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the external validation an organization is linked to */
        put: operations["updateExternalValidationAssignment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ca-backend/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the CA backends available to the customer */
        get: operations["listCaBackends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report/v2/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stream a report of any type as a file
         * @description Builds any report as a CSV file. `type` in the body selects the report; the other fields depend on it.
         */
        post: operations["streamReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report/v1/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Build the activity log report */
        post: operations["getActivityReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report/v1/ssl-certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Build the SSL certificates report */
        post: operations["getSslCertificatesReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report/v1/brand-certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Build the BIMI certificates report */
        post: operations["getBimiCertificatesReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report/v1/client-certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Build the client certificates report */
        post: operations["getSmimeCertificatesReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report/v1/device-certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Build the device certificates report */
        post: operations["getDeviceCertificatesReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report/v1/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Build the domains report */
        post: operations["getDomainsReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acme/v1/server": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Sectigo public ACME servers */
        get: operations["listAcmeServers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acme/v2/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List public ACME accounts, filtered and paged */
        get: operations["listAcmeAccounts"];
        put?: never;
        /** Create a public ACME account */
        post: operations["createAcmeAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acme/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List public ACME accounts (older form)
         * @deprecated
         */
        get: operations["listAcmeAccountsV1"];
        put?: never;
        /**
         * Create a public ACME account (older form)
         * @deprecated
         */
        post: operations["createAcmeAccountV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acme/v2/account/{acmeAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a public ACME account */
        get: operations["getAcmeAccount"];
        /** Rename a public ACME account */
        put: operations["updateAcmeAccount"];
        post?: never;
        /** Delete a public ACME account */
        delete: operations["deleteAcmeAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acme/v1/account/{acmeAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a public ACME account (older form)
         * @deprecated
         */
        get: operations["getAcmeAccountV1"];
        /**
         * Rename a public ACME account (older form)
         * @deprecated
         */
        put: operations["updateAcmeAccountV1"];
        post?: never;
        /**
         * Delete a public ACME account (older form)
         * @deprecated
         */
        delete: operations["deleteAcmeAccountV1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acme/v2/account/{acmeAccountId}/domain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the domains of a public ACME account */
        get: operations["listAcmeAccountDomains"];
        put?: never;
        /** Add domains to a public ACME account */
        post: operations["addAcmeAccountDomains"];
        /** Remove domains from a public ACME account */
        delete: operations["removeAcmeAccountDomains"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acme/v1/account/{acmeAccountId}/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add domains to a public ACME account (older form)
         * @deprecated
         */
        post: operations["addAcmeAccountDomainsV1"];
        /**
         * Remove domains from a public ACME account (older form)
         * @deprecated
         */
        delete: operations["removeAcmeAccountDomainsV1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acme/v2/account/{acmeAccountId}/client": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the ACME clients registered on a public ACME account */
        get: operations["listAcmeAccountClients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acme/v2/account/{acmeAccountId}/client/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Deactivate an ACME client of a public ACME account */
        put: operations["deactivateAcmeAccountClient"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acme/v1/pca/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Universal (private CA) ACME accounts */
        get: operations["listUniversalAcmeAccounts"];
        put?: never;
        /** Create a Universal ACME account */
        post: operations["createUniversalAcmeAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acme/v1/pca/account/{acmeAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a Universal ACME account */
        get: operations["getUniversalAcmeAccount"];
        /** Rename a Universal ACME account */
        put: operations["updateUniversalAcmeAccount"];
        post?: never;
        /** Delete a Universal ACME account */
        delete: operations["deleteUniversalAcmeAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acme/v1/pca/account/{acmeAccountId}/client": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the ACME clients registered on a Universal ACME account */
        get: operations["listUniversalAcmeAccountClients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acme/v1/pca/account/{acmeAccountId}/client/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Deactivate an ACME client of a Universal ACME account */
        put: operations["deactivateUniversalAcmeAccountClient"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/v1/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List network agents, or only count them with countOnly
         * @description With `countOnly=true` the body is empty and only `X-Total-Count` is set.
         */
        get: operations["listNetworkAgents"];
        put?: never;
        /**
         * Register a network agent
         * @description Registers a network agent; the answer holds the one-time installation token the agent needs.
         */
        post: operations["createNetworkAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/v1/network/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a network agent */
        get: operations["getNetworkAgent"];
        /** Change a network agent */
        put: operations["updateNetworkAgent"];
        post?: never;
        /** Delete a network agent */
        delete: operations["deleteNetworkAgent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/v1/network/{agentId}/server": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the servers a network agent manages, or only count them
         * @description With `countOnly=true` the body is empty and only `X-Total-Count` is set.
         */
        get: operations["listNetworkAgentServers"];
        put?: never;
        /** Add a server to a network agent */
        post: operations["createNetworkAgentServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/v1/network/{agentId}/server/{serverId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a server managed by a network agent */
        get: operations["getNetworkAgentServer"];
        /** Change a server managed by a network agent */
        put: operations["updateNetworkAgentServer"];
        post?: never;
        /** Remove a server from a network agent */
        delete: operations["deleteNetworkAgentServer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/v1/network/{agentId}/server/{serverId}/node": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the nodes (sites, bindings) of a server, or only count them
         * @description With `countOnly=true` the body is empty and only `X-Total-Count` is set.
         */
        get: operations["listNetworkAgentServerNodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/v1/network/{agentId}/server/{serverId}/node/{nodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a node of a server */
        get: operations["getNetworkAgentServerNode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/v1/ms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List MS agents */
        get: operations["listMsAgents"];
        put?: never;
        /**
         * Register an MS agent and get its activation token
         * @description Registers an MS agent; the answer holds the one-time installation token the agent needs.
         */
        post: operations["createMsAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/v1/ms/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an MS agent */
        get: operations["getMsAgent"];
        /** Change an MS agent */
        put: operations["updateMsAgent"];
        post?: never;
        /** Delete an MS agent */
        delete: operations["deleteMsAgent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connector/v1/dns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List DNS connectors */
        get: operations["listDnsConnectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connector/v1/dns/{connectorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a DNS connector */
        get: operations["getDnsConnector"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connector/v1/dns/{connectorId}/provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the DNS providers configured on a connector */
        get: operations["listDnsConnectorProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/azure/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Azure Key Vault accounts */
        get: operations["listAzureAccounts"];
        put?: never;
        /** Register an Azure Key Vault account */
        post: operations["createAzureAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/azure/v1/accounts/{azureAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an Azure Key Vault account */
        get: operations["getAzureAccount"];
        /** Change an Azure Key Vault account */
        put: operations["updateAzureAccount"];
        post?: never;
        /** Delete an Azure Key Vault account */
        delete: operations["deleteAzureAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/azure/v1/accounts/{azureAccountId}/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the organizations an Azure Key Vault account is delegated to */
        put: operations["delegateAzureAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/azure/v1/accounts/{azureAccountId}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Test that an Azure Key Vault account's credentials work */
        get: operations["checkAzureAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/azure/v1/accounts/{azureAccountId}/resource-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Azure resource groups the account can see */
        get: operations["listAzureResourceGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/azure/v1/accounts/{azureAccountId}/subscriptions/{subscriptionId}/resource-groups/{resourceGroupName}/vaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the key vaults of an Azure resource group */
        get: operations["listAzureKeyVaults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/endpoint/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List enrollment endpoints */
        get: operations["listEnrollmentEndpoints"];
        put?: never;
        /** Create an enrollment endpoint */
        post: operations["createEnrollmentEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/endpoint/v1/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an enrollment endpoint */
        get: operations["getEnrollmentEndpoint"];
        /** Change an enrollment endpoint */
        put: operations["updateEnrollmentEndpoint"];
        post?: never;
        /** Delete an enrollment endpoint */
        delete: operations["deleteEnrollmentEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/endpoint/v1/{id}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the configuration of an enrollment endpoint */
        get: operations["getEnrollmentEndpointConfig"];
        /** Change the configuration of an enrollment endpoint */
        put: operations["updateEnrollmentEndpointConfig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/endpoint/v1/{endpointId}/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the organizations an enrollment endpoint is delegated to */
        put: operations["delegateEnrollmentEndpoint"];
        post?: never;
        /** Remove all delegations of an enrollment endpoint */
        delete: operations["removeEnrollmentEndpointDelegations"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/endpoint/v1/{endpointId}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the accounts of an enrollment endpoint */
        get: operations["listEndpointAccounts"];
        put?: never;
        /** Create an account on an enrollment endpoint */
        post: operations["createEndpointAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/endpoint/v1/{endpointId}/account/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an account of an enrollment endpoint */
        get: operations["getEndpointAccount"];
        /** Change an account of an enrollment endpoint */
        put: operations["updateEndpointAccount"];
        post?: never;
        /** Delete an account of an enrollment endpoint */
        delete: operations["deleteEndpointAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the SSL certificate profiles available for enrollment (Admin API) */
        get: operations["listSslCertificateProfilesV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/customFields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom fields that apply to SSL certificates (Admin API) */
        get: operations["listSslCustomFieldsV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/{sslId}/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List where an SSL certificate is installed (Admin API) */
        get: operations["listSslCertificateLocationsV2"];
        put?: never;
        /** Add a custom location to an SSL certificate (Admin API) */
        post: operations["createSslCertificateLocationV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/{sslId}/location/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one location of an SSL certificate (Admin API) */
        get: operations["getSslCertificateLocationV2"];
        /** Change a custom location of an SSL certificate (Admin API) */
        put: operations["updateSslCertificateLocationV2"];
        post?: never;
        /** Remove a custom location of an SSL certificate (Admin API) */
        delete: operations["deleteSslCertificateLocationV2"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SSL certificates, filtered and paged (Admin API)
         * @description Same filters as listSslCertificates, but the enumerated filters take the Admin API's display names (`SA Approved`, `Not started`, `Enrollment Form`...) instead of the SCM codes.
         */
        get: operations["listSslCertificatesV2"];
        /** Change an SSL certificate's editable details (Admin API) */
        put: operations["updateSslCertificateV2"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an SSL certificate's details (Admin API) */
        get: operations["getSslCertificateV2"];
        put?: never;
        post?: never;
        /** Delete an SSL certificate (Admin API) */
        delete: operations["deleteSslCertificateV2"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/{sslId}/dcv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the domain validation state of an SSL certificate (Admin API) */
        get: operations["getSslCertificateDcvV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/{sslId}/dcv/recheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the CA to check an SSL certificate's domain validation again (Admin API) */
        post: operations["recheckSslCertificateDcvV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an SSL certificate from a CSR (Admin API)
         * @description Submits a CSR for a new SSL certificate. The answer carries the new `sslId` (and a `renewId`); issuance is asynchronous, so poll collectSslCertificateV2 with that ID.
         */
        post: operations["enrollSslCertificateV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/enroll-keygen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an SSL certificate with server-side key generation (Admin API)
         * @description Requests an SSL certificate without a CSR: the key pair is generated either by a Private Key Agent (`keyGenerationMethod: PK_AGENT`) or in an Azure Key Vault (`AZURE_KEY_VAULT`, with `azureKeyVault`). Poll collectSslCertificateV2 with the returned `sslId`; fetch the key with createSslKeystoreDownloadLinkV2.
         */
        post: operations["enrollSslCertificateWithKeyGenerationV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/collect/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an issued SSL certificate (Admin API)
         * @description Downloads the issued certificate. Until it is issued the server answers with an error whose code is -1400 (still being processed) or -183 (not collectable yet).
         */
        get: operations["collectSslCertificateV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/keystore/{sslId}/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get a download link for a key generated by a Private Key Agent (Admin API) */
        post: operations["createSslKeystoreDownloadLinkV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/approve/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending SSL certificate request (Admin API) */
        post: operations["approveSslCertificateV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/decline/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a pending SSL certificate request (Admin API) */
        post: operations["declineSslCertificateV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/revoke/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an SSL certificate by its SCM ID (Admin API) */
        post: operations["revokeSslCertificateV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/revoke/serial/{serialNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an SSL certificate by serial number (Admin API) */
        post: operations["revokeSslCertificateBySerialV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/revoke/manual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an SSL certificate as revoked elsewhere (Admin API) */
        post: operations["markSslCertificateRevokedV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/renew/{renewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew an SSL certificate by its renew ID (Admin API) */
        post: operations["renewSslCertificateByRenewIdV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/renewById/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew an SSL certificate by its SCM ID (Admin API)
         * @description Starts a renewal; the answer names the new certificate (`sslId`) to collect.
         */
        post: operations["renewSslCertificateV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/renew/manual/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an SSL certificate as renewed elsewhere (Admin API) */
        post: operations["markSslCertificateRenewedV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssl/v2/replace/{sslId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace an SSL certificate with a new CSR (Admin API) */
        post: operations["replaceSslCertificateV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the client certificate profiles available for enrollment (Admin API) */
        get: operations["listSmimeCertificateProfilesV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/customFields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom fields that apply to client certificates (Admin API) */
        get: operations["listSmimeCustomFieldsV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a client certificate's details (Admin API) */
        get: operations["getSmimeCertificateV2"];
        /** Change a client certificate's custom fields and comments (Admin API) */
        put: operations["updateSmimeCertificateV2"];
        post?: never;
        /** Delete a client certificate (Admin API) */
        delete: operations["deleteSmimeCertificateV2"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a client certificate from a CSR (Admin API)
         * @description Submits a CSR for a new client (S/MIME) certificate for a person. The answer carries the new certificate `id`; poll collectSmimeCertificate with it.
         */
        post: operations["enrollSmimeCertificateV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/keystore/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Download a client certificate with its escrowed key as PKCS#12 (Admin API)
         * @description Downloads the certificate with its escrowed private key as a PKCS#12 file protected by the given passphrase (key escrow must be enabled for the organization).
         */
        post: operations["downloadSmimeCertificateKeystoreV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/revoke/order/{backendCertId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a client certificate by its CA order number (Admin API) */
        post: operations["revokeSmimeCertificateByBackendIdV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/revoke/serial/{serialNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a client certificate by serial number (Admin API) */
        post: operations["revokeSmimeCertificateBySerialV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke every client certificate of an e-mail address (Admin API) */
        post: operations["revokeSmimeCertificatesByEmailV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/smime/v2/revoke/manual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a client certificate as revoked elsewhere (Admin API) */
        post: operations["markSmimeCertificateRevokedV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List domain validations, filtered and paged (Admin API) */
        get: operations["listDomainValidationsV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refresh domain validation state from the CA (Admin API) */
        post: operations["syncDomainValidationV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset the domain validation of a domain (Admin API) */
        post: operations["clearDomainValidationV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete the domain validation of a domain (Admin API) */
        post: operations["deleteDomainValidationV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/start/domain/txt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start DNS TXT validation of a domain (Admin API) */
        post: operations["startDomainValidationTxtV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/start/domain/http": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start HTTP file validation of a domain (Admin API) */
        post: operations["startDomainValidationHttpV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/start/domain/https": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start HTTPS file validation of a domain (Admin API) */
        post: operations["startDomainValidationHttpsV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/submit/domain/http": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a domain for HTTP file validation (Admin API) */
        post: operations["submitDomainValidationHttpV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/submit/domain/https": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a domain for HTTPS file validation (Admin API) */
        post: operations["submitDomainValidationHttpsV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/start/domain/cname": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start CNAME validation of a domain (Admin API) */
        post: operations["startDomainValidationCnameV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/submit/domain/cname": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a domain for CNAME validation (Admin API) */
        post: operations["submitDomainValidationCnameV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/submit/domain/txt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a domain for DNS TXT validation (Admin API) */
        post: operations["submitDomainValidationTxtV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/start/domain/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start e-mail validation of a domain (Admin API) */
        post: operations["startDomainValidationEmailV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/submit/domain/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a domain for e-mail validation (Admin API) */
        post: operations["submitDomainValidationEmailV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dcv/v2/validation/submit-bulk/domain/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit several domains for e-mail validation (Admin API) */
        post: operations["submitDomainValidationEmailBulkV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v4/net_task/{taskId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a network scan task now (Admin API)
         * @description Starts a scan; it runs in the background. Follow it with listDiscoveryOperations.
         */
        post: operations["startNetworkScanTaskV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discovery/v4/ad_task/{taskId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an Active Directory scan task now (Admin API)
         * @description Starts a scan; it runs in the background. Follow it with listDiscoveryOperations.
         */
        post: operations["startAdScanTaskV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List persons, filtered and paged (Admin API) */
        get: operations["listPersonsV2"];
        put?: never;
        /** Create a person (Admin API) */
        post: operations["createPersonV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/person/v2/id/byEmail/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a person's ID by e-mail address (Admin API) */
        get: operations["getPersonIdByEmailV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acme/v1/evdetails/validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check EV organization details for a Sectigo ACME account (Admin API)
         * @deprecated
         * @description Checks EV organization details against the CA and answers with the domains they cover. Deprecated by the vendor.
         */
        post: operations["validateAcmeEvDetails"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Webhooks of the Sectigo Certificate Manager spec. */
export type webhooks = Record<string, never>;
/** The Sectigo Certificate Manager spec's schemas, parameters, responses and headers. */
export interface components {
    schemas: {
        AcmeAccount: {
            /** Format: int32 */
            id?: number;
            accountId?: string;
            macId?: string;
            macKey?: string;
            acmeServer?: string;
            name?: string;
            /** Format: int32 */
            organizationId?: number;
            /** @enum {string} */
            certValidationType?: "DV" | "OV" | "EV";
            /** Format: int64 */
            ovOrderNumber?: number;
            ovAnchorID?: string;
            validationId?: string;
        };
        AcmeAccountCreateRequest: {
            acmeServer?: string;
            name?: string;
            /** Format: int32 */
            organizationId: number;
            /** @enum {string} */
            certValidationType?: "DV" | "OV" | "EV";
            validationId?: string;
        };
        AcmeAccountDomain: {
            name?: string;
            validUntil?: string;
            stickyUntil?: string;
            /** Format: int64 */
            ovAnchorOrderNumber?: number;
            /** Format: int64 */
            evAnchorOrderNumber?: number;
            ovAnchorID?: string;
            evAnchorID?: string;
            validationId?: string;
        };
        /** @description Domains with their validation and anchor-order details. */
        AcmeAccountDomainList: {
            domains?: components["schemas"]["AcmeAccountDomain"][];
        };
        AcmeAccountUpdateRequest: {
            name?: string;
        };
        AcmeAccountV1: components["schemas"]["AcmeAccount"] & {
            domains?: components["schemas"]["AcmeDomainName"][];
        };
        AcmeClient: {
            /** Format: int32 */
            id?: number;
            accountId?: string;
            ipAddress?: string;
            userAgent?: string;
            status?: string;
            lastActivity?: string;
            contacts: string;
        };
        AcmeDomainList: {
            domains?: components["schemas"]["AcmeDomainName"][];
        };
        AcmeDomainName: {
            name?: string;
            validationId?: string;
        };
        AcmeDomainsNotAdded: {
            notAddedDomains?: string[];
        };
        AcmeDomainsNotRemoved: {
            notRemovedDomains?: string[];
        };
        /** @description EV organization details of a Sectigo ACME account. */
        AcmeEvDetails: {
            orgName?: string;
            orgCountry?: string;
            postOfficeBox?: string;
            orgAddress1?: string;
            orgAddress2?: string;
            orgAddress3?: string;
            orgLocality?: string;
            orgStateOrProvince?: string;
            orgPostalCode?: string;
            /** @description Jurisdiction of incorporation: state. */
            orgJoiState?: string;
            /** @description Jurisdiction of incorporation: country. */
            orgJoiCountry?: string;
            /** @description Jurisdiction of incorporation: locality. */
            orgJoiLocality?: string;
            assumedName?: string;
            /** @enum {string} */
            businessCategory?: "PrivateOrganization" | "GovernmentEntity" | "BusinessEntity" | "NonCommercialEntity";
            dateOfIncorporation?: string;
            companyNumber?: string;
        };
        AcmeServer: {
            url?: string;
            /** Format: int32 */
            caId?: number;
            name?: string;
            /** Format: int32 */
            singleProductId?: number;
            /** Format: int32 */
            multiProductId?: number;
            /** Format: int32 */
            wcProductId?: number;
            /** @enum {string} */
            certValidationType?: "DV" | "OV" | "EV";
        };
        ActivityLogStreamReport: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ACTIVITY_LOG";
            dates?: components["schemas"]["ReportDates"];
        };
        ActivityReportRequest: {
            from?: string;
            to?: string;
        };
        ActivityReportResponse: {
            /** Format: int32 */
            statusCode?: number;
            message?: string;
            reports?: components["schemas"]["ActivityReportRow"][];
        };
        ActivityReportRow: {
            /** Format: int32 */
            id?: number;
            guid?: string;
            action?: components["schemas"]["WsAction"];
            admin?: components["schemas"]["WsAdmin"];
            person?: components["schemas"]["WsPerson"];
            org?: components["schemas"]["WsOrganization"];
            smime?: components["schemas"]["WsSmime"];
            ssl?: components["schemas"]["WsSsl"];
            notif?: components["schemas"]["WsNotification"];
            customerName?: string;
            description?: string;
            accessMethod?: string;
            address?: string;
            date?: string;
        };
        AdScanTask: {
            name?: string;
            agent?: string;
            frequency?: string;
            timeZone?: string;
            time?: components["schemas"]["Time"];
            /** Format: int32 */
            month?: number;
            /** Format: int32 */
            dayOfMonth?: number;
            /** Format: int32 */
            dayOfWeek?: number;
            /** Format: int32 */
            year?: number;
            /** @description Human-readable scan status, e.g. "Scan in process"; null before the first run. */
            status?: string | null;
            /** Format: int32 */
            depth?: number;
            domainDefinition?: string;
            certificateBucket?: components["schemas"]["DiscoveryBucketRef"];
        };
        AdScanTaskRequest: {
            name?: string;
            /** Format: uuid */
            certBucketId: string;
            frequency?: string;
            timeZone?: string;
            time: components["schemas"]["Time"];
            /** Format: int32 */
            month?: number;
            /** Format: int32 */
            dayOfMonth?: number;
            /** Format: int32 */
            dayOfWeek?: number;
            /** Format: int32 */
            year?: number;
            /** Format: int32 */
            depth: number;
            agent?: string;
            domainDefinition?: string;
        };
        AdScanTaskUpdateRequestV2: components["schemas"]["AdScanTaskRequest"] & {
            /** Format: int32 */
            taskId: number;
        };
        Admin: {
            /** Format: int32 */
            id?: number;
            /** @enum {string} */
            type?: "STANDARD" | "API" | "SAS" | "IDP";
            status?: string;
            forename?: string;
            surname?: string;
            login?: string;
            email?: string;
            title?: string;
            address?: string;
            city?: string;
            state?: string;
            country?: string;
            zip?: string;
            phone?: string;
            locale?: string;
            created?: string;
            modified?: string;
            deleted?: string;
            reseted?: string;
            lastPasswordChange?: string;
            credentials?: components["schemas"]["AdminCredential"][];
            /** @enum {string} */
            passwordState?: "ALIVE" | "EXPIRED" | "NEVER_EXPIRE";
            passwordExpiryDate?: string;
            /** Format: int32 */
            clientAdminCreator?: number;
            authCert?: string;
            activeState?: string;
            privileges?: string[];
            failedDate?: string;
            /** Format: int32 */
            failedAttempts?: number;
            /** Format: int32 */
            identityProviderId?: number;
            idp?: string;
            idpPersonId?: string;
            relationship?: string;
            idpLoginInvited?: string;
            activeStatus?: string;
            /** Format: int32 */
            templateId?: number;
        };
        AdminCredential: {
            role: components["schemas"]["AdminRole"];
            /** Format: int32 */
            orgId?: number;
        };
        AdminPasswordState: {
            expirationDate?: string;
            /** @enum {string} */
            state?: "ALIVE" | "EXPIRED" | "NEVER_EXPIRE";
        };
        AdminPrivilege: {
            name?: components["schemas"]["ClientPrivilege"];
            description?: string;
        };
        AdminRequest: {
            /** @enum {string} */
            type?: "STANDARD" | "API" | "SAS" | "IDP";
            login?: string;
            email?: string;
            forename?: string;
            surname?: string;
            title?: string;
            telephone?: string;
            street?: string;
            locality?: string;
            state?: string;
            postalCode?: string;
            country?: string;
            relationship?: string;
            certificateSerialNumber?: string;
            password?: string;
            privileges?: string[];
            credentials?: components["schemas"]["AdminCredential"][];
            /** Format: int32 */
            identityProviderId?: number;
            idpPersonId?: string;
            /** @default ACTIVE */
            activeStatus?: string;
        };
        /** @enum {string} */
        AdminRole: "MRAO" | "RAO_SSL" | "RAO_SMIME" | "RAO_CS" | "RAO_DEVICE" | "DRAO_SSL" | "DRAO_SMIME" | "DRAO_CS" | "DRAO_DEVICE";
        AdminSummary: {
            /** Format: int32 */
            id?: number;
            /** @enum {string} */
            type?: "STANDARD" | "API" | "SAS" | "IDP";
            login?: string;
            forename?: string;
            surname?: string;
            email?: string;
        };
        AdminsStreamReport: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ADMINS";
        };
        ApproveRequest: {
            message?: string;
        };
        AssignRequest: {
            hashes?: string[];
            /** @enum {string} */
            certType: "SSL" | "SMIME" | "CodeSign" | "Device";
            /** Format: int32 */
            organizationId: number;
        };
        AssignmentRule: {
            name?: string;
            /** Format: int32 */
            orgId?: number;
            filters?: components["schemas"]["RuleFilterInfo"][];
            /** @enum {string} */
            certType?: "SSL" | "SMIME" | "CodeSign" | "Device";
        };
        AssignmentRuleCreateRequest: {
            name: string;
            /** Format: int32 */
            orgId: number;
            filters?: components["schemas"]["RuleFilter"][];
            /** @enum {string} */
            certType?: "SSL" | "SMIME" | "CodeSign" | "Device";
        };
        AssignmentRuleUpdateRequest: {
            name: string;
            /** Format: int32 */
            orgId: number;
            filters?: components["schemas"]["RuleFilter"][];
            /** @enum {string} */
            certType?: "SSL" | "SMIME" | "CodeSign" | "Device";
            /** Format: int32 */
            ruleId: number;
        };
        AutoInstallDetails: {
            /** @enum {string} */
            state?: "Not configured" | "Not started" | "Key processing" | "Key and CSR ready" | "Certificate processing" | "Installation scheduled" | "Installation processing" | "Action required" | "Ready for install" | "Server restart required" | "Completed" | "Invalid configuration";
            nodes?: components["schemas"]["InstallNode"][];
        };
        AutoRenewDetails: {
            /** @enum {string} */
            state?: "Not scheduled" | "Scheduled" | "Started" | "Successful" | "Failed";
            /** Format: int32 */
            daysBeforeExpiration?: number;
        };
        AzureAccount: {
            name?: string;
            applicationId?: string;
            directoryId?: string;
            /** @enum {string} */
            environment?: "AZURE" | "AZURE_US_GOVERNMENT" | "AZURE_GERMANY" | "AZURE_CHINA";
            /** @enum {string} */
            delegationMode?: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED";
            orgDelegations?: number[];
        };
        AzureAccountCheck: {
            checkName?: string;
            message?: string;
        };
        AzureAccountCreateRequest: {
            name: string;
            applicationId: string;
            directoryId: string;
            /** @enum {string} */
            environment: "AZURE" | "AZURE_US_GOVERNMENT" | "AZURE_GERMANY" | "AZURE_CHINA";
            applicationSecret: string;
        };
        AzureAccountDelegations: {
            orgDelegations?: number[];
        };
        AzureAccountSummary: {
            name?: string;
            applicationId?: string;
            directoryId?: string;
            /** Format: int32 */
            id?: number;
            /** @enum {string} */
            delegationMode?: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED";
        };
        AzureAccountUpdateRequest: {
            name?: string;
            applicationId?: string;
            directoryId?: string;
            /** @enum {string} */
            environment?: "AZURE" | "AZURE_US_GOVERNMENT" | "AZURE_GERMANY" | "AZURE_CHINA";
            applicationSecret?: string;
        };
        AzureKeyVault: {
            /** Format: int32 */
            azureAccountId: number;
            vaultKey: string;
        };
        AzureKeyVaultSummary: {
            name?: string;
            key?: string;
            skuName?: string;
        };
        AzureResourceGroup: {
            name?: string;
            key?: string;
            skuName?: string;
            subscriptionId?: string;
        };
        AzureScanTask: {
            name?: string;
            agent?: string;
            frequency?: string;
            timeZone?: string;
            time?: components["schemas"]["Time"];
            /** Format: int32 */
            month?: number;
            /** Format: int32 */
            dayOfMonth?: number;
            /** Format: int32 */
            dayOfWeek?: number;
            /** Format: int32 */
            year?: number;
            /** @description Human-readable scan status, e.g. "Scan in process"; null before the first run. */
            status?: string | null;
            /** Format: int32 */
            azureAccountId?: number;
            resourceGroup?: string;
            keyVault?: string;
            certificateBucket?: components["schemas"]["DiscoveryBucketRef"];
        };
        AzureScanTaskRequest: {
            name?: string;
            /** Format: uuid */
            certBucketId: string;
            frequency?: string;
            timeZone?: string;
            time: components["schemas"]["Time"];
            /** Format: int32 */
            month?: number;
            /** Format: int32 */
            dayOfMonth?: number;
            /** Format: int32 */
            dayOfWeek?: number;
            /** Format: int32 */
            year?: number;
            /** Format: int32 */
            azureAccountId: number;
            resourceGroup?: string;
            keyVault?: string;
        };
        BimiCertificate: components["schemas"]["BimiCertificateSummary"] & {
            dcvMode?: string;
            dcvEmail?: string;
            tradeMark?: components["schemas"]["BimiTradeMark"];
            evDetails?: {
                orgDetails?: components["schemas"]["BimiOrganizationDetailsView"];
                signer?: components["schemas"]["BimiContact"];
                approver?: components["schemas"]["BimiContact"];
                requester?: components["schemas"]["BimiContact"];
            };
            hostByCa?: boolean;
            logoUri?: string | null;
            certUri?: string | null;
        };
        BimiCertificateSummary: {
            id?: number;
            status?: string;
            commonName?: string;
            subjectAlternativeNames?: string | null;
            /** @description Order number at the CA. */
            orderNumber?: string;
            issuer?: string | null;
            serialNumber?: string | null;
            profile?: components["schemas"]["IdName"];
            verificationType?: string;
            term?: number;
            requestedVia?: string | null;
            organization?: components["schemas"]["IdName"];
            requester?: components["schemas"]["IdName"];
            approver?: components["schemas"]["IdName"] | null;
            signatureAlgorithm?: string;
            sha1Fingerprint?: string | null;
            sha256Fingerprint?: string | null;
            comments?: string;
            requested?: string;
            approved?: string | null;
            declined?: string | null;
            expires?: string | null;
            issued?: string | null;
            downloaded?: string | null;
            revoked?: string | null;
        };
        BimiCertificatesReportRequest: {
            organizationIds?: number[];
            commonName?: string;
            externalRequester?: string;
            certificateStatus?: number;
            certificateDateAttribute?: number;
            from?: string;
            to?: string;
            certificateRequestSource?: number;
            serialNumberFormat?: string;
        };
        /** @description A person named in the BIMI validation (approver, signer or requester). When sent, forename, surname, title and email are required. */
        BimiContact: {
            title?: string;
            forename?: string;
            surname?: string;
            email?: string;
            phone?: string;
            relationship?: string;
            address?: string;
            city?: string;
            postalCode?: string;
            country?: string;
            stateOrProvince?: string;
        };
        BimiEnrollRequest: {
            /** @description PEM CSR; leave out to let the CA generate the key. */
            csr?: string;
            /** @enum {string} */
            dcvMode: "CNAME" | "EMAIL" | "HTTP" | "HTTPS";
            /** Format: email */
            dcvEmail?: string;
            orgId: number;
            profileId: number;
            /** @description Whether the CA hosts the logo and certificate (default true). */
            hostByCa?: boolean;
            validationDetails: {
                orgDetails: components["schemas"]["BimiOrganizationDetails"];
                approver: components["schemas"]["BimiContact"];
                signer?: components["schemas"]["BimiContact"];
                requester?: components["schemas"]["BimiContact"];
            };
            tradeMark: components["schemas"]["BimiTradeMark"];
        };
        /** @description Organization details checked during BIMI validation. */
        BimiOrganizationDetails: {
            /** @enum {string} */
            businessCategory?: "PrivateOrganization" | "GovernmentEntity" | "BusinessEntity" | "NonCommercialEntity";
            assumedName?: string;
            companyNumber?: string;
            dunsNumber?: string;
            incorporatingAgency?: string;
            joiCountry: string;
            joiStateOrProvince?: string;
            joiLocality?: string;
            dateOfIncorporation?: string;
        };
        BimiOrganizationDetailsView: {
            /** @enum {string} */
            businessCategory?: "PrivateOrganization" | "GovernmentEntity" | "BusinessEntity" | "NonCommercialEntity";
            assumedName?: string;
            companyNumber?: string;
            dunsNumber?: string;
            incorporatingAgency?: string;
            joiCountry?: string;
            joiStateOrProvince?: string;
            joiLocality?: string;
            dateOfIncorporation?: string;
            telephone?: string | null;
        };
        BimiReportResponse: {
            statusCode?: number;
            reports?: {
                id?: number;
                profileName?: string;
                commonName?: string;
                issuer?: string;
                requester?: string;
                organization?: string;
                backendCertId?: string;
                serialNumber?: string;
                requestedVia?: string;
                term?: number;
                comments?: string;
                requested?: string;
                downloaded?: string;
                expires?: string;
                city?: string;
                state?: string;
                country?: string;
                signatureAlgorithm?: string;
                publicKeyAlgorithm?: string;
                publicKeyParam?: string;
                sha1?: string;
                md5?: string;
                profileId?: number;
                orgId?: number;
            }[];
        };
        /** @description Registered trademark and the SVG logo it covers. */
        BimiTradeMark: {
            /** @description BIMI SVG logo, Base64-encoded. */
            base64Logo: string;
            trademarkCountry?: string;
            trademarkOffice?: string;
            trademarkIdentifier?: string;
            logoPriorUseDomainName?: string;
        };
        BrandCertsStreamReport: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "BRAND_CERTS";
            /** @description Status whose date the `dates` filter applies to. */
            certificateStatus?: string;
            dates?: components["schemas"]["ReportDates"];
            /** @enum {string} */
            currentStatus?: "ANY" | "REQUESTED" | "ISSUED" | "REVOKED" | "EXPIRED" | "PENDING_DOWNLOAD" | "NOT_ENROLLED" | "AWAITING_APPROVAL" | "APPROVED" | "APPLIED" | "DOWNLOADED" | "EXTERNAL";
            /** @enum {string} */
            requestVia?: "WEB_FORM" | "CLIENT_ADMIN" | "API" | "DISCOVERY" | "IMPORTED" | "SCEP" | "CD_AGENT" | "MS_AGENT" | "MS_CA" | "BULK_REQUEST" | "ACME" | "EST" | "REST";
            /** @description Only these organization IDs. */
            orgs?: number[];
        };
        CaBackend: {
            id?: number;
            name?: string;
            type?: string;
            public?: boolean;
            connectorBackendType?: string;
        };
        CertificateDetails: {
            issuer?: string;
            subject?: string;
            subjectAltNames?: string;
            md5Hash?: string;
            sha1Hash?: string;
            sha256Hash?: string;
        };
        CertificateDetailsResponse: {
            commonName?: string;
            /** Format: int32 */
            sslId?: number;
            /** Format: int32 */
            id?: number;
            /** Format: int32 */
            orgId?: number;
            status?: string;
            /** Format: int64 */
            orderNumber?: number;
            backendCertId?: string;
            vendor?: string;
            certType?: components["schemas"]["CertificateProfile"];
            subType?: string;
            validationType?: string;
            /** Format: int32 */
            term?: number;
            owner?: string;
            /** Format: int32 */
            ownerId?: number;
            requester?: string;
            /** Format: int32 */
            requesterId?: number;
            requestedVia?: string;
            externalRequester?: string;
            comments?: string;
            requested?: string;
            approved?: string;
            issued?: string;
            declined?: string;
            expires?: string;
            replaced?: string;
            revoked?: string;
            /** @enum {string} */
            reasonCode?: "0" | "1" | "2" | "3" | "4" | "5" | "6" | "8" | "9" | "10";
            renewed?: boolean;
            renewedDate?: string;
            serialNumber?: string;
            signatureAlg?: string;
            keyAlgorithm?: string;
            /** Format: int32 */
            keySize?: number;
            keyType?: string;
            keyUsages?: string[];
            extendedKeyUsages?: string[];
            subjectAlternativeNames?: string[];
            customFields?: components["schemas"]["CustomFieldValue"][];
            certificateDetails?: components["schemas"]["CertificateDetails"];
            autoInstallDetails?: components["schemas"]["AutoInstallDetails"];
            autoRenewDetails?: components["schemas"]["AutoRenewDetails"];
            suspendNotifications?: boolean;
            csrDetails?: components["schemas"]["CsrDetails"];
        };
        CertificateIdentity: {
            /** Format: int32 */
            id?: number;
            subject?: string;
            serialNumber?: string;
        };
        CertificateImportRequest: {
            /** Format: int32 */
            orgID: number;
            customFields?: components["schemas"]["CustomFieldValue"][];
            owner?: string;
            externalRequester?: string;
            backendCertId?: string;
            /** Format: byte */
            cert?: string;
            csr?: string;
            comments?: string;
            /** Format: int32 */
            licensedSansCount?: number;
            updateLicenseService?: boolean;
            revokeDate?: string;
            renewDate?: string;
            licenseKey?: string;
            force?: boolean;
            /** @enum {string} */
            reasonCode?: "0" | "1" | "3" | "4" | "5";
        };
        CertificateImportResponse: {
            successful?: boolean;
            backendCertId?: string;
            cert?: components["schemas"]["CertificateIdentity"];
            created?: boolean;
            errorMessage?: string;
        };
        CertificateProfile: {
            /** Format: int32 */
            id?: number;
            name?: string;
            description?: string;
            terms?: number[];
            keyTypes?: {
                [key: string]: string[];
            };
            useSecondaryOrgName?: boolean;
        };
        ChangePasswordRequest: {
            newPassword?: string;
        };
        ClientCertificate: {
            allowKeyRecoveryByMasterAdmins?: boolean;
            allowKeyRecoveryByOrgAdmins?: boolean;
            allowKeyRecoveryByDepartmentAdmins?: boolean;
        };
        ClientCertsStreamReport: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CLIENT_CERTS";
            /** @description Status whose date the `dates` filter applies to. */
            certificateStatus?: string;
            dates?: components["schemas"]["ReportDates"];
            /** @enum {string} */
            currentStatus?: "ANY" | "REQUESTED" | "ISSUED" | "REVOKED" | "EXPIRED" | "PENDING_DOWNLOAD" | "NOT_ENROLLED" | "AWAITING_APPROVAL" | "APPROVED" | "APPLIED" | "DOWNLOADED" | "EXTERNAL";
            /** @enum {string} */
            requestVia?: "Admin Enroll" | "Self Enroll" | "API Enroll" | "Auto Enroll" | "CSV Enroll" | "SCEP Enroll" | "IdP Enroll" | "MS Agent Enroll" | "Discovery" | "MS CA Enroll" | "Imported" | "EST Enroll" | "REST Enroll API";
            /** @description Only these organization IDs. */
            orgs?: number[];
        };
        /** @enum {string} */
        ClientPrivilege: "allowCreate" | "allowEdit" | "allowDelete" | "allowDCV" | "autoApproveCertificates" | "allowMsAdDiscovery" | "allowKeyVault" | "approveDomainDelegation" | "allowManageDomains" | "sslRequest" | "sslRenew" | "sslReplace" | "sslRevoke" | "sslApprove" | "sslManage" | "clientCertRequest" | "clientCertRevoke" | "clientCertManage" | "csRequest" | "csRevoke" | "csManage" | "deviceRequest" | "deviceRenew" | "deviceReplace" | "deviceRevoke" | "deviceApprove" | "deviceManage" | "editOrganizationAndDepartment" | "addOrganizationAndDepartments" | "addDepartments" | "editDepartments" | "orgValidationManager" | "viewUsage" | "viewSubscriptions" | "manageSubscriptions" | "acceptCustomerLicenseAgreement" | "externalClm";
        CodeSignCertsStreamReport: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CS_CERTS";
            /** @description Status whose date the `dates` filter applies to. */
            certificateStatus?: string;
            dates?: components["schemas"]["ReportDates"];
            /** @enum {string} */
            currentStatus?: "ANY" | "REQUESTED" | "ISSUED" | "REVOKED" | "EXPIRED" | "PENDING_DOWNLOAD" | "NOT_ENROLLED" | "AWAITING_APPROVAL" | "APPROVED" | "APPLIED" | "DOWNLOADED" | "EXTERNAL";
            /** @enum {string} */
            requestVia?: "WEB_FORM" | "WEB_SERVICES";
            /** @description Only these organization IDs. */
            orgs?: number[];
        };
        CodeSignWebFormAccountRequest: WithRequired<components["schemas"]["EndpointAccountRequestBase"], "type"> & {
            profileIds?: number[];
            /** @enum {string} */
            csrGenerationMethod?: "BROWSER" | "SERVER" | "PROVIDED" | "SECTIGOGEN" | "TOKEN";
            allowEmptyPin?: boolean;
            /** @enum {string} */
            preferredKeyProtectionAlgorithm?: "AES256-SHA256" | "TripleDES-SHA1";
        };
        CodeSigningDecisionRequest: {
            requestId?: number;
            comment?: string;
        };
        CodeSigningRequest: {
            developerEmail?: string;
            organization?: string;
            approver?: string;
            version?: string;
            digestAlgorithms?: string[];
            signingService?: string;
            created?: string;
            state?: string;
            files?: {
                name?: string;
                downloadUrl?: string;
                size?: number;
            }[];
        };
        CodeSigningRequestCreateRequest: {
            organizationId?: number;
            version?: string;
            /** @description Digest algorithm(s), comma-separated when the signing type allows several: MD5, SHA1, SHA256, SHA384, SHA512. */
            algorithms?: string;
            /** @description Kind of files to sign: MICROSOFT_AUTHENTICODE, JAVA, MICROSOFT_OFFICE_AND_VBA, WINDOWS_PHONE_AND_XBOX, ANDROID, HASH_SUM or POWERSHELL (case-insensitive). */
            signingType?: string;
        };
        CodeSigningRequestCreated: {
            requestId?: number;
            /** @description Where to upload the files (see uploadCodeSigningFiles); add `requestId` if it is missing. */
            uploadUrl?: string;
        };
        CodeSigningRequestSubmitRequest: {
            requestId?: number;
        };
        ContractSigner: {
            forename?: string;
            surname?: string;
            email?: string;
            phoneNumber?: string;
        };
        CountResponse: {
            /** Format: int64 */
            count?: number;
        };
        CsrDetails: {
            /** @description The CSR as PEM. */
            csr?: string;
            md5Hash?: string;
            sha1Hash?: string;
            sha256Hash?: string;
        };
        CtLogMonitoringRequest: {
            bucketId?: string;
            enabled?: boolean;
            includeSubdomains?: boolean;
        };
        CustomField: {
            /** Format: int32 */
            id?: number;
            name?: string;
            /** @description Certificate type (SSL, SMIME, Device, CodeSign, BrandIndicator); responses may spell it in lower case. */
            certType?: string;
            /** @enum {string} */
            state?: "SUSPENDED_ACTIVE" | "ACTIVE" | "INACTIVE" | "SUSPENDED_INACTIVE";
            input?: components["schemas"]["CustomFieldInput"] | components["schemas"]["TextOptionInput"];
            mandatories?: ("ADMIN_UI" | "REST_API" | "SOAP_API" | "WEB_FORM")[];
        };
        CustomFieldCreateRequest: {
            name?: string;
            /** @enum {string} */
            certType: "SSL" | "SMIME" | "Device" | "CodeSign";
            /** @enum {string} */
            state?: "SUSPENDED_ACTIVE" | "ACTIVE" | "INACTIVE" | "SUSPENDED_INACTIVE";
            input?: components["schemas"]["CustomFieldInput"] | components["schemas"]["TextOptionInput"];
            mandatories?: ("ADMIN_UI" | "REST_API" | "SOAP_API" | "WEB_FORM")[];
        };
        CustomFieldDetailsV1: {
            id?: number;
            name?: string;
            mandatory?: boolean;
            certType?: string;
            state?: string;
            input?: {
                type?: string;
            };
        };
        CustomFieldInput: {
            /** @enum {string} */
            type?: "TEXT_SINGLE_LINE" | "TEXT_MULTI_LINE" | "EMAIL" | "NUMBER" | "TEXT_OPTION" | "DATE";
        };
        CustomFieldV1: {
            /** Format: int32 */
            id?: number;
            name?: string;
            mandatory?: boolean;
        };
        CustomFieldV1Request: {
            name: string;
            mandatory?: boolean;
            /** @enum {string} */
            certType?: "ssl" | "smime" | "device";
            state?: string;
        };
        CustomFieldV1UpdateRequest: {
            id?: number;
            name: string;
            mandatory?: boolean;
            /** @enum {string} */
            certType?: "ssl" | "smime" | "device";
            state?: string;
        };
        CustomFieldValue: {
            name: string;
            value: string;
        };
        DcvCnameInstructions: {
            host?: string;
            point?: string;
        };
        DcvCnameSubmitRequest: {
            domain?: string;
            dnsAgentUUID?: string;
            dnsProviderName?: string;
        };
        /** @description CNAME validation submission of the Admin API: one `domain` or several `domains`. */
        DcvCnameSubmitRequestV2: {
            domain?: string;
            domains?: string[];
            /** @description DNS connector that publishes the record. */
            dnsAgentUUID?: string;
            /** @description DNS provider of that connector. */
            dnsProviderName?: string;
        };
        DcvEmailBulkSubmitRequest: {
            domains: string[];
            /** Format: email */
            email: string;
        };
        DcvEmailOptions: {
            emails?: string[];
            dcvEmails?: {
                domainName?: string;
                whoisEmails?: string[];
                adminEmails?: string[];
                dnsTxtEmails?: string[];
            }[];
        };
        DcvEmailSubmitRequest: {
            domain: string;
            /** Format: email */
            email: string;
        };
        DcvHttpInstructions: {
            url?: string;
            firstLine?: string;
            secondLine?: string;
        };
        DcvInfo: {
            dcvLog?: components["schemas"]["DcvLogSummary"];
            instructions?: components["schemas"]["DcvInstruction"][];
        };
        DcvInstruction: {
            domainName?: string;
            /** @enum {string} */
            dcvMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT";
            host?: string;
            point?: string;
            url?: string;
            file?: string;
            dcvEmail?: string;
        };
        DcvLog: {
            dcvStatus?: string;
            domainName?: string;
            lastCheck?: string;
            nextCheck?: string;
            dcvDate?: string;
            /** Format: int32 */
            dcvEmailRefNumber?: number;
        };
        DcvLogSummary: {
            error?: components["schemas"]["ErrorDetails"];
            log?: components["schemas"]["DcvLog"][];
        };
        /** @description State of a domain validation after an action on it. */
        DcvOrderResult: {
            status?: components["schemas"]["DcvStatus"];
            orderStatus?: components["schemas"]["DcvOrderStatus"];
            /** @enum {string} */
            orderMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT";
            message?: string;
            orderBackendId?: string;
            emailValidationReferenceNumber?: string;
            /** @description DNS record name (TXT validation). */
            host?: string;
            /** @description DNS record value (TXT validation). */
            point?: string;
        };
        /** @description Status of the DCV order at the CA, e.g. NOT_INITIATED, SUBMITTED. The Admin API document lists the display names `Not initiated`, `Awaiting submission`, `Submitted`, `Rejected`. */
        DcvOrderStatus: string;
        /** @description Domain validation status, e.g. NOT_VALIDATED, VALIDATED, EXPIRED. The Admin API document lists the display names `Not validated`, `Validated`, `Expired`; compare case-insensitively, ignoring `_` and spaces. */
        DcvStatus: string;
        /** @description Domain validation status after a sync. */
        DcvStatusResponse: {
            status?: components["schemas"]["DcvStatus"];
        };
        DcvStatusV2: {
            status?: components["schemas"]["DcvStatus"];
            validationDate?: string;
            expirationDate?: string;
            orderStatus?: components["schemas"]["DcvOrderStatus"];
            /** @enum {string} */
            orderMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT";
            host?: string;
            point?: string;
            url?: string;
            firstLine?: string;
            secondLine?: string;
            validationEmail?: string;
            emailValidationReferenceNumber?: string;
            orderBackendId?: string;
            submittedDate?: string;
            lastCheck?: string;
            nextCheck?: string;
            orderExpiration?: string;
        };
        DeclineRequest: {
            message?: string;
        };
        DelegateRequest: {
            /** @enum {string} */
            delegationMode: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED";
            orgDelegations?: unknown[];
        };
        DepartmentBasicInfo: {
            /** Format: int32 */
            id?: number;
            parentName?: string;
            name?: string;
        };
        DeviceCertificateProfile: {
            /** Format: int32 */
            id?: number;
            name?: string;
            description?: string;
            terms?: number[];
            keyTypes?: {
                [key: string]: string[];
            };
            useSecondaryOrgName?: boolean;
            /** Format: int32 */
            term?: number;
            ku?: string[];
            eku?: string[];
        };
        DeviceCertificateSummary: {
            /** Format: int32 */
            id?: number;
            status?: string;
            backendCertId?: string;
            certificateDetails?: components["schemas"]["CertificateDetails"];
        };
        DeviceCertificateUpdateRequest: {
            customFields?: components["schemas"]["CustomFieldValue"][];
            comments?: string;
        };
        DeviceCertificatesReportRequest: {
            from?: string;
            to?: string;
            organizationIds?: number[];
            /** @enum {string} */
            certificateStatus?: "0" | "1" | "2" | "3" | "4" | "8" | "9";
            /** @enum {string} */
            certificateDateAttribute?: "2" | "3" | "4" | "5";
            serialNumberFormat?: string;
        };
        DeviceCertsStreamReport: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DEVICE_CERTS";
            /** @description Status whose date the `dates` filter applies to. */
            certificateStatus?: string;
            dates?: components["schemas"]["ReportDates"];
            /** @enum {string} */
            currentStatus?: "ANY" | "REQUESTED" | "ISSUED" | "REVOKED" | "EXPIRED" | "PENDING_DOWNLOAD" | "NOT_ENROLLED" | "AWAITING_APPROVAL" | "APPROVED" | "APPLIED" | "DOWNLOADED" | "EXTERNAL";
            /** @enum {string} */
            requestVia?: "API" | "DISCOVERY" | "API_APPROVAL" | "SELF_ENROLLMENT" | "SCEP_ENROLL" | "MS_CA" | "MS_CA_ENROLL_ON_BEHALF" | "UI" | "EST_ENROLL" | "REST_ENROLL" | "IMPORTED";
            /** @description Only these organization IDs. */
            orgs?: number[];
        };
        DeviceEnrollRequest: {
            /** Format: int32 */
            orgId: number;
            /** Format: int32 */
            term?: number;
            csr?: string;
            /** Format: int32 */
            certType: number;
            customFields?: components["schemas"]["CustomFieldValue"][];
            optionalFields?: components["schemas"]["CustomFieldValue"][];
            comments?: string;
        };
        DeviceEnrollResponse: {
            /** Format: int32 */
            deviceCertId?: number;
            /** @description Certificate status, e.g. REQUESTED, APPROVED, ISSUED. */
            status?: string;
            backendCertId?: string;
            orderNumber?: number;
        };
        DeviceReportResponse: {
            /** Format: int32 */
            statusCode?: number;
            message?: string;
            reports?: components["schemas"]["DeviceReportRow"][];
        };
        DeviceReportRow: {
            /** Format: int32 */
            id?: number;
            commonName?: string;
            organization?: components["schemas"]["WsOrganization"];
            deviceCertStatus?: string;
            subject?: string;
            email?: string;
            city?: string;
            state?: string;
            country?: string;
            /** Format: int64 */
            orderNumber?: number;
            backendCertId?: string;
            serialNumber?: string;
            /** Format: int32 */
            caId?: number;
            caName?: string;
            certTypeName?: string;
            keyUsage?: string;
            extendedKeyUsage?: string;
            enrolled?: string;
            downloaded?: string;
            revoked?: string;
            expire?: string;
            /** @enum {string} */
            enrollType?: "API" | "DISCOVERY" | "API_APPROVAL" | "SELF_ENROLLMENT" | "SCEP_ENROLL" | "MS_CA" | "MS_CA_ENROLL_ON_BEHALF" | "UI" | "EST_ENROLL" | "REST_ENROLL";
            keyAlgorithm?: string;
            /** Format: int32 */
            keySize?: number;
            keyType?: string;
            signatureAlgorithm?: string;
            approver?: string;
            customFields?: components["schemas"]["WsCustomField"][];
            comments?: string;
        };
        DeviceRevokeRequest: {
            /**
             * @description RFC 5280 reason: 0 unspecified, 1 keyCompromise, 3 affiliationChanged, 4 superseded, 5 cessationOfOperation.
             * @enum {integer}
             */
            reasonCode?: 0 | 1 | 3 | 4 | 5;
            reason?: string;
        };
        DeviceWebFormAccountRequest: WithRequired<components["schemas"]["EndpointAccountRequestBase"], "type"> & {
            profileIds?: number[];
            /** @enum {string} */
            csrGenerationMethod?: "BROWSER" | "SERVER" | "PROVIDED" | "SECTIGOGEN" | "TOKEN";
            autoApprove?: boolean;
            allowEmptyPin?: boolean;
            /** @enum {string} */
            accountAuthMethod?: "ACCESS_CODE" | "IDP_ASSERTIONS_MAPPING" | "NONE";
            accessCode?: string;
            idpMappingRules?: components["schemas"]["IdpMappingRuleRequest"][];
            /** @enum {string} */
            preferredKeyProtectionAlgorithm?: "AES256-SHA256" | "TripleDES-SHA1";
        };
        DiscoveredCertificate: {
            /** @description SHA-1 hash identifying the certificate. */
            hash?: string;
            metadata?: {
                /** @description SCM certificate it matched, e.g. `ssl:130`. */
                managedId?: string;
                hidden?: boolean;
                discoveryTime?: string;
            };
            details?: components["schemas"]["DiscoveredCertificateDetails"];
        };
        DiscoveredCertificateDetails: {
            cn?: string;
            validFrom?: string;
            validTo?: string;
            /** @description Issuer DN attributes. */
            issuer?: {
                [key: string]: string;
            };
            /** @description Subject DN attributes. */
            subject?: {
                [key: string]: string;
            };
            san?: string[];
            keyAlgorithm?: string;
            /** Format: int32 */
            keySize?: number;
            signatureAlgorithm?: string;
            /** @description Serial number (hex). */
            sn?: string;
            md5Hash?: string;
            sha1Hash?: string;
            /** @description Key usages. */
            ku?: string[];
            /** @description Extended key usages. */
            eku?: string[];
            precert?: boolean;
        };
        DiscoveredCertificatePage: {
            /** @description Total matching entries (all pages). */
            total?: number;
            data?: components["schemas"]["DiscoveredCertificate"][];
        };
        DiscoveryBucket: {
            clientId?: string;
            /** Format: uuid */
            id?: string;
            name?: string;
            authenticationEnabled?: boolean;
            assignmentRules?: number[];
            orgDelegations?: number[];
        };
        DiscoveryBucketCreateRequest: {
            name: string;
            authenticationEnabled?: boolean;
            assignmentRules?: number[];
            orgDelegations?: number[];
        };
        DiscoveryBucketCreateResponse: {
            clientId?: string;
            clientSecret?: string;
        };
        DiscoveryBucketDelegations: {
            clientId?: string;
            /** Format: uuid */
            id?: string;
            name?: string;
            authenticationEnabled?: boolean;
            assignmentRules?: number[];
            orgDelegations?: number[];
        };
        DiscoveryBucketRef: {
            /** Format: uuid */
            id?: string;
            name?: string;
        };
        DiscoveryBucketSecret: {
            clientId?: string;
            clientSecret?: string;
        };
        DiscoveryBucketSummary: {
            id?: string;
            name?: string;
        };
        DiscoveryBucketUpdateRequest: {
            name: string;
            authenticationEnabled?: boolean;
            assignmentRules?: number[];
        };
        DiscoveryBucketUpdateResponse: {
            clientId?: string;
            clientSecret?: string;
            /** Format: uuid */
            id?: string;
            name?: string;
            authenticationEnabled?: boolean;
            assignmentRules?: number[];
            orgDelegations?: number[];
        };
        DiscoveryFinding: {
            certificate?: components["schemas"]["DiscoveredCertificate"];
            location?: {
                /** @description Kind of location, e.g. NETWORK_HOST. */
                type?: string;
                /** @description Location details; which keys are set depends on the type. */
                details?: {
                    ip?: string;
                    /** Format: int32 */
                    port?: number;
                    address?: string;
                } & {
                    [key: string]: unknown;
                };
            };
            status?: {
                /** Format: int32 */
                tlsVersion?: number;
                cipherSuite?: string;
                /** Format: int32 */
                handshakeMs?: number;
                /** Format: int32 */
                nameLookupMs?: number;
                status?: string | null;
                additionalEmails?: string[] | null;
            };
            operation?: {
                id?: string;
                created?: string;
            };
            created?: string;
        };
        DiscoveryFindingPage: {
            /** @description Total matching entries (all pages). */
            total?: number;
            data?: components["schemas"]["DiscoveryFinding"][];
        };
        DiscoveryOperation: {
            id?: string;
            /** @enum {string} */
            status?: "in_progress" | "failed" | "completed" | "cancelled" | "expired";
            created?: string;
            modified?: string;
            bucketId?: string;
            error?: string;
        };
        DiscoveryOperationList: {
            /** Format: int32 */
            total?: number;
            data?: components["schemas"]["DiscoveryOperation"][];
        };
        DnsConnector: {
            name: string;
            comments: string;
            id?: string;
            version?: string;
            revision?: string;
            hostname?: string;
            os?: string;
            /** @enum {string} */
            status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED";
            /** @enum {string} */
            delegationMode?: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED";
            delegatedOrganizations?: components["schemas"]["IdName"][];
        };
        DnsConnectorSummary: {
            name: string;
            comments: string;
            id?: string;
            version?: string;
            revision?: string;
            hostname?: string;
            os?: string;
            /** @enum {string} */
            status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED";
            /** @enum {string} */
            delegationMode?: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED";
        };
        Domain: {
            /** Format: int32 */
            id?: number;
            name?: string;
            /** @enum {string} */
            delegationStatus?: "ACTIVE" | "REQUESTED";
            /** @enum {string} */
            state?: "SUSPENDED" | "ACTIVE";
            /** @description Domain validation status, e.g. NOT_VALIDATED, VALIDATED, EXPIRED. */
            validationStatus?: components["schemas"]["DcvStatus"];
            /** @enum {string} */
            validationMethod?: "HTTP_CSR_HASH" | "CNAME_CSR_HASH" | "EMAIL" | "HTTPS_CSR_HASH" | "DNSTXT_RANDOM_VALUE";
            dcvValidation?: string;
            dcvExpiration?: string;
            delegations?: components["schemas"]["DomainDelegation"][];
            ctLogMonitoring?: components["schemas"]["CtLogMonitoringRequest"];
        };
        DomainApproveDelegation: {
            /** Format: int32 */
            orgId: number;
        };
        DomainCreateRequest: {
            name: string;
            description?: string;
            /** @default true */
            active?: string;
            ctLogMonitoring?: components["schemas"]["CtLogMonitoringRequest"];
            delegations: components["schemas"]["DomainDelegation"][];
        };
        DomainDelegation: {
            /** Format: int32 */
            orgId: number;
            certTypes: ("SSL" | "SMIME" | "CodeSign" | "Device" | "BrandIndicator")[];
            domainCertificateRequestPrivileges?: ("DOMAIN" | "SUBDOMAIN" | "WILDCARD_1ST_LEVEL" | "WILDCARD_2ND_LEVEL")[];
            /** @enum {string} */
            readonly status?: "ACTIVE" | "REQUESTED";
        };
        DomainNameRequest: {
            domain?: string;
            domains?: string[];
        };
        DomainReportResponse: {
            /** Format: int32 */
            statusCode?: number;
            message?: string;
            reports?: components["schemas"]["DomainReportRow"][];
        };
        DomainReportRow: {
            /** Format: int32 */
            id?: number;
            name?: string;
            /** @enum {string} */
            status?: "Suspended" | "Active";
            requested?: string;
            /** @enum {string} */
            dcvStatus?: "Not Initiated" | "Validated" | "Action Required" | "Expired";
            stickyUntil?: string;
        };
        DomainSummary: {
            /** Format: int32 */
            id?: number;
            name?: string;
        };
        DomainValidationSummary: {
            domain?: string;
            dcvStatus?: string;
            dcvMethod?: string;
            dcvOrderStatus?: string;
            dcvOrderMethod?: string;
            expirationDate?: string;
        };
        DomainsDelegation: {
            /** Format: int32 */
            orgId: number;
            certTypes: ("SSL" | "SMIME" | "CodeSign" | "Device" | "BrandIndicator")[];
            domainCertificateRequestPrivileges?: ("DOMAIN" | "SUBDOMAIN" | "WILDCARD_1ST_LEVEL" | "WILDCARD_2ND_LEVEL")[];
            /** @enum {string} */
            readonly status?: "ACTIVE" | "REQUESTED";
            domainIds: number[];
        };
        DomainsStreamReport: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DOMAINS";
            /** @enum {string} */
            status?: "Not validated" | "Validated" | "Expired";
            dates?: components["schemas"]["ReportDates"];
            /** @description Only these organization IDs. */
            orgs?: number[];
        };
        EndpointAccount: {
            name?: string;
            /** @enum {string} */
            type?: "SSL_WEB_FORM" | "PUBLIC_ACME" | "PRIVATE_ACME" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "BULK_ENROLLMENT_WEB_FORM" | "SMIME_SCEP" | "DEVICE_SCEP" | "SMIME_SCEP_INTUNE" | "DEVICE_SCEP_INTUNE" | "SSL_EST" | "SMIME_EST" | "DEVICE_EST" | "CODE_SIGN_REST_API" | "SSL_REST_API" | "CLIENT_REST_API" | "DEVICE_REST_API" | "CODE_SIGN_WEB_FORM" | "SSL_MAGGIE_UI";
            organization?: components["schemas"]["Organization"];
            idToken?: string;
            profileIds?: number[];
            accessCode?: string;
            csrGenerationMethod?: string;
            accountAuthMethod?: string;
            preferredKeyProtectionAlgorithm?: string;
            autoApprove?: boolean;
            allowAutoRenew?: boolean;
            allowEmptyPin?: boolean;
        };
        EndpointAccountRequestBase: {
            name?: string;
            /** @enum {string} */
            type: "SSL_WEB_FORM" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "CODE_SIGN_WEB_FORM";
            /** Format: int32 */
            organizationId?: number;
            /** @enum {string} */
            supportedType?: "SSL_WEB_FORM" | "PUBLIC_ACME" | "PRIVATE_ACME" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "BULK_ENROLLMENT_WEB_FORM" | "SMIME_SCEP" | "DEVICE_SCEP" | "SMIME_SCEP_INTUNE" | "DEVICE_SCEP_INTUNE" | "SSL_EST" | "SMIME_EST" | "DEVICE_EST" | "CODE_SIGN_REST_API" | "SSL_REST_API" | "CLIENT_REST_API" | "DEVICE_REST_API" | "CODE_SIGN_WEB_FORM" | "SSL_MAGGIE_UI";
        };
        EndpointAccountSummary: {
            /** Format: int32 */
            id?: number;
            name?: string;
            /** @enum {string} */
            type?: "SSL_WEB_FORM" | "PUBLIC_ACME" | "PRIVATE_ACME" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "BULK_ENROLLMENT_WEB_FORM" | "SMIME_SCEP" | "DEVICE_SCEP" | "SMIME_SCEP_INTUNE" | "DEVICE_SCEP_INTUNE" | "SSL_EST" | "SMIME_EST" | "DEVICE_EST" | "CODE_SIGN_REST_API" | "SSL_REST_API" | "CLIENT_REST_API" | "DEVICE_REST_API" | "CODE_SIGN_WEB_FORM" | "SSL_MAGGIE_UI";
            idToken?: string;
            organization?: components["schemas"]["Organization"];
        };
        EnrollKeyGenRequest: {
            /** Format: int32 */
            orgId: number;
            subjAltNames?: string;
            /** Format: int32 */
            certType?: number;
            /** Format: int32 */
            term?: number;
            comments?: string;
            externalRequester?: string;
            customFields?: components["schemas"]["CustomFieldValue"][];
            /** @enum {string} */
            dcvMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT";
            dcvEmail?: string;
            commonName: string;
            passPhrase?: string;
            /** Format: int32 */
            keySize?: number;
            keyParam?: string;
            algorithm?: string;
            /** @enum {string} */
            keyGenerationMethod?: "PK_AGENT" | "AZURE_KEY_VAULT";
            azureKeyVault?: components["schemas"]["AzureKeyVault"];
            reuseKey?: boolean;
            exportableKey?: boolean;
            hsmOnly?: boolean;
        };
        EnrollRequest: {
            /** Format: int32 */
            orgId: number;
            subjAltNames?: string;
            /** Format: int32 */
            certType?: number;
            /** Format: int32 */
            term?: number;
            comments?: string;
            externalRequester?: string;
            customFields?: components["schemas"]["CustomFieldValue"][];
            /** @enum {string} */
            dcvMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT";
            dcvEmail?: string;
            csr?: string;
        };
        EnrollResponse: {
            /** Format: int32 */
            sslId?: number;
            renewId?: string;
        };
        EnrollmentEndpoint: {
            /** Format: int32 */
            id?: number;
            name?: string;
            /** @enum {string} */
            type?: "SSL_WEB_FORM" | "PUBLIC_ACME" | "PRIVATE_ACME" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "BULK_ENROLLMENT_WEB_FORM" | "SMIME_SCEP" | "DEVICE_SCEP" | "SMIME_SCEP_INTUNE" | "DEVICE_SCEP_INTUNE" | "SSL_EST" | "SMIME_EST" | "DEVICE_EST" | "CODE_SIGN_REST_API" | "SSL_REST_API" | "CLIENT_REST_API" | "DEVICE_REST_API" | "CODE_SIGN_WEB_FORM" | "SSL_MAGGIE_UI";
            /** @enum {string} */
            delegationMode?: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED";
            url?: string;
            uriExtension?: string;
            organizations?: components["schemas"]["Organization"][];
            webFormAuthTypes?: ("EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID")[];
        };
        EnrollmentEndpointConfig: {
            enrollmentHelp?: string;
            enrollmentLinkName?: string;
            enrollmentLinkAddress?: string;
            webFormAuthTypes?: ("EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID")[];
            contactName?: string;
            contactEmail?: string;
            contactPhone?: string;
        };
        EnrollmentEndpointConfigUpdateRequest: {
            enrollmentHelp?: string;
            enrollmentLinkName?: string;
            enrollmentLinkAddress?: string;
            webFormAuthTypes?: ("EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID")[];
            contactName?: string;
            contactEmail?: string;
            contactPhone?: string;
        };
        EnrollmentEndpointRequest: {
            name: string;
            /** @enum {string} */
            endpointType: "SSL_WEB_FORM" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "CODE_SIGN_WEB_FORM";
            uriExtension: string;
            config: {
                enrollmentHelp?: string;
                enrollmentLinkName?: string;
                enrollmentLinkAddress?: string;
                webFormAuthTypes?: ("EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID")[];
                /** @description Person responsible for the endpoint. Documented by the Admin API only (the SCM REST API sets it with updateEnrollmentEndpointConfig). */
                contactName?: string;
                /** @description E-mail of that person. Documented by the Admin API only. */
                contactEmail?: string;
                /** @description Phone number of that person. Documented by the Admin API only. */
                contactPhone?: string;
            };
            orgDelegations?: number[];
        };
        EnrollmentEndpointSummary: {
            /** Format: int32 */
            id?: number;
            name?: string;
            /** @enum {string} */
            type?: "SSL_WEB_FORM" | "PUBLIC_ACME" | "PRIVATE_ACME" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "BULK_ENROLLMENT_WEB_FORM" | "SMIME_SCEP" | "DEVICE_SCEP" | "SMIME_SCEP_INTUNE" | "DEVICE_SCEP_INTUNE" | "SSL_EST" | "SMIME_EST" | "DEVICE_EST" | "CODE_SIGN_REST_API" | "SSL_REST_API" | "CLIENT_REST_API" | "DEVICE_REST_API" | "CODE_SIGN_WEB_FORM" | "SSL_MAGGIE_UI";
            /** @enum {string} */
            delegationMode?: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED";
        };
        EnrollmentEndpointUpdateRequest: {
            name?: string;
            /**
             * @description Documented by the Admin API only, where it is required; the SCM REST API does not take it here.
             * @enum {string}
             */
            endpointType?: "SSL_WEB_FORM" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "CODE_SIGN_WEB_FORM";
            /** @description Documented by the Admin API only, where it is required; the SCM REST API does not take it here. */
            uriExtension?: string;
            /** @description Delegated organization IDs. Documented by the Admin API only; the SCM REST API manages them with delegateEnrollmentEndpoint. */
            orgDelegations?: number[];
            config?: {
                enrollmentHelp?: string;
                enrollmentLinkName?: string;
                enrollmentLinkAddress?: string;
                webFormAuthTypes?: ("EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID")[];
                /** @description Person responsible for the endpoint. Documented by the Admin API only (the SCM REST API sets it with updateEnrollmentEndpointConfig). */
                contactName?: string;
                /** @description E-mail of that person. Documented by the Admin API only. */
                contactEmail?: string;
                /** @description Phone number of that person. Documented by the Admin API only. */
                contactPhone?: string;
            };
        };
        EnrollmentProfile: {
            id?: number;
            name?: string;
            description?: string;
            certType?: string;
            backendType?: string;
            delegationMode?: string;
            /** @description Profile settings keyed by attribute name, e.g. `TERM` (map of term in days to its label) and `KEY_TYPE_CONFIG` (allowed key sizes or curves per key algorithm). */
            attributes?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        EnrollmentProfileSummary: {
            id?: number;
            name?: string;
            description?: string;
            certType?: string;
            backendType?: string;
            delegationMode?: string;
        };
        /** @description Error body sent with every status >= 400. `code` is a negative SCM error code; see `x-trustplane-error-codes` for the documented ones (new codes appear, so treat the map as informative, not closed). -1400 and -183 on a collect call mean the certificate is not ready yet; -16 and -970 mean bad credentials. */
        Error: {
            /** @description SCM error code (negative). */
            code: number;
            /** @description Human-readable message. */
            description: string;
            /** @description Extra detail, when the server has any. */
            details?: string;
            /** @description Per-item messages, when the server has any. */
            items?: string[];
        };
        ErrorDetails: {
            /** Format: int32 */
            code?: number;
            description?: string;
        };
        ExternalValidationAssignmentRequest: {
            alternative?: boolean;
            overwriteIfExists?: boolean;
            caBackendId?: number;
            externalOrgId?: string;
            externalOrgName?: string;
            /** @enum {string} */
            validationLevel: "OV_SSL" | "OV_SMIME" | "EV_SSL";
        };
        ExternalValidationAssignmentUpdateRequest: {
            externalOrgId?: string;
            externalOrgName?: string;
        };
        IdName: {
            /** Format: int32 */
            id?: number;
            name?: string;
        };
        IdentityProvider: {
            /** Format: int32 */
            id?: number;
            name?: string;
        };
        IdpMappingRule: {
            attribute?: string;
            /**
             * @default MATCHES
             * @enum {string}
             */
            matchType?: "MATCHES" | "CONTAINS";
            values?: string[];
        };
        IdpMappingRuleRequest: {
            /** @enum {string} */
            key?: "cn" | "displayname" | "entitlement" | "eppn" | "givenname" | "groups" | "mail" | "schachomeorganization" | "sn" | "uid";
            /** @enum {string} */
            matchType: "MATCHES" | "CONTAINS";
            values?: unknown[];
        };
        IdpTemplate: {
            /** Format: int32 */
            id?: number;
            name?: string;
            /** Format: int32 */
            identityProviderId?: number;
        };
        /**
         * @default unlink
         * @enum {string}
         */
        IdpTemplateDeleteOption: "UNLINK" | "DELETE";
        /** @description An IdP administrator template with its ID and dates. */
        IdpTemplateDetails: components["schemas"]["IdpTemplateRequest"] & {
            /** Format: int32 */
            id?: number;
            created?: string;
            modified?: string;
            deleted?: string;
        };
        IdpTemplateRequest: {
            name?: string;
            privileges?: components["schemas"]["ClientPrivilege"][];
            credentials?: components["schemas"]["AdminCredential"][];
            /** Format: int32 */
            identityProviderId?: number;
            idpMappingRules?: components["schemas"]["IdpMappingRule"][];
        };
        ImportReport: {
            /** Format: int32 */
            processedCount?: number;
            errors?: string[];
        };
        InstallNode: {
            name?: string;
            /** Format: int32 */
            port?: number;
            /** @enum {string} */
            status?: "NotStarted" | "PrivateKeySaved" | "CertSaved" | "Deployed" | "Completed" | "Failed" | "Invalid";
        };
        InvitationEndpoint: {
            /** Format: int32 */
            id?: number;
            name?: string;
            url?: string;
        };
        InvitationRequestV1: {
            term?: number;
            keyType?: string;
            profileId?: number;
        };
        InvitationRequestV2: {
            /** Format: int32 */
            accountId?: number;
        };
        KeyImportResult: {
            entries?: {
                alias?: string;
                clientCertId?: number;
                md5?: string;
                sha1?: string;
                message?: string;
            }[];
        };
        KeyImportResultV1: {
            id?: number;
        };
        KeystoreDownloadLink: {
            link?: string;
        };
        KeystoreDownloadLinkRequest: {
            passphrase?: string;
        };
        Location: {
            /** Format: int32 */
            id?: number;
            /** @enum {string} */
            locationType?: "ACME" | "CUSTOM" | "NODE_PORT" | "NETWORK_HOST" | "ACTIVE_DIRECTORY_ENTRY" | "AZURE_KEY_VAULT" | "AZURE_KEY_VAULT_CERT" | "PK_AGENT" | "NETWORK_AGENT" | "SECTIGO_KEY_VAULT" | "LEGACY_KEY_ARCHIVE" | "AWS_CM" | "GCP_CM";
            name?: string;
            details?: {
                [key: string]: string;
            };
        };
        LocationRequest: {
            details?: {
                [key: string]: string;
            };
        };
        ManualRevokeRequest: {
            /** Format: int32 */
            certId?: number;
            serialNumber?: string;
            issuer?: string;
            revokeDate?: string;
            /**
             * @description RFC 5280 reason: 0 unspecified, 1 keyCompromise, 3 affiliationChanged, 4 superseded, 5 cessationOfOperation.
             * @enum {integer}
             */
            reasonCode?: 0 | 1 | 3 | 4 | 5;
        };
        /** @description Marks a certificate revoked outside SCM (Admin API): name it by `certId` or by `serialNumber` plus `issuer`. */
        ManualRevokeRequestV2: {
            /** Format: int32 */
            certId?: number;
            serialNumber?: string;
            issuer?: string;
            /** @description When it was revoked. */
            revokeDate?: string;
            /**
             * @description RFC 5280 reason as a string: `0` unspecified, `1` keyCompromise, `3` affiliationChanged, `4` superseded, `5` cessationOfOperation.
             * @enum {string}
             */
            reasonCode?: "0" | "1" | "3" | "4" | "5";
        };
        /** @description A bare message from the server. */
        MessageResponse: {
            message?: string;
        };
        MsAgent: {
            installationToken?: string;
            /** Format: int32 */
            id?: number;
            name?: string;
            active?: boolean;
            version?: string;
            /** @enum {string} */
            status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED";
            secretKey?: string;
            comments?: string;
            autoUpdate?: boolean;
            localIp?: string;
            lastActivity?: string;
            caProxyEnabled?: boolean;
            adDomainsList?: string;
            adDomainsListRestricted?: boolean;
            /** Format: int32 */
            defaultEnrollmentOrgId?: number;
        };
        MsAgentCreateRequest: {
            name?: string;
            comments?: string;
            active?: boolean;
            adDomainsList?: string;
            adDomainsListRestricted?: boolean;
            /** Format: int32 */
            defaultEnrollmentOrgId?: number;
        };
        MsAgentCreateResponse: {
            installationToken?: string;
        };
        MsAgentSummary: {
            /** Format: int32 */
            id?: number;
            name?: string;
            active?: boolean;
            version?: string;
            /** @enum {string} */
            status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED";
        };
        MsAgentUpdateRequest: {
            name?: string;
            comments?: string;
            active?: boolean;
            adDomainsList?: string;
            adDomainsListRestricted?: boolean;
            /** Format: int32 */
            defaultEnrollmentOrgId?: number;
        };
        NetworkAgent: {
            /** Format: int32 */
            id?: number;
            version?: string;
            /** @enum {string} */
            os?: "WINDOWS" | "LINUX" | "MAC" | "CROSS_PLATFORM" | "LINUX_DOCKER";
            autoUpdate?: boolean;
            localIp?: string;
            lastActivity?: string;
            /** @enum {string} */
            status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED";
            installationToken?: string;
            secretKey?: string;
            /** Format: int32 */
            orgId?: number;
            comments?: string;
            active?: boolean;
            name?: string;
        };
        NetworkAgentCreateRequest: {
            name?: string;
            active: boolean;
            comments?: string;
            /** Format: int32 */
            orgId: number;
        };
        NetworkAgentCreateResponse: {
            installationToken?: string;
        };
        NetworkAgentServer: {
            /** Format: int32 */
            id?: number;
            /** @enum {string} */
            vendor?: "APACHE_2" | "IIS" | "TOMCAT" | "F5_BIG_IP";
            /** @enum {string} */
            connectionType?: "LOCAL" | "LOCAL_LEGACY_NATIVE_API" | "REMOTE_REST_API" | "REMOTE_SSH" | "REMOTE_WIN_RM" | "REMOTE_LEGACY_NATIVE_API";
            name?: string;
            path?: string;
            /** @enum {string} */
            status?: "INIT" | "ACTIVE" | "INACTIVE" | "RESTART_REQUIRED" | "RESTARTING";
            errorMessage?: string;
            ip?: string;
            /** Format: int32 */
            port?: number;
            altPathForCert?: string;
            username?: string;
            privateKeyPath?: string;
            storeName?: string;
        };
        NetworkAgentServerCreateRequest: {
            name?: string;
            /** @enum {string} */
            vendor: "APACHE_2" | "IIS" | "TOMCAT" | "F5_BIG_IP";
            /** @enum {string} */
            connectionType?: "LOCAL" | "LOCAL_LEGACY_NATIVE_API" | "REMOTE_REST_API" | "REMOTE_SSH" | "REMOTE_WIN_RM" | "REMOTE_LEGACY_NATIVE_API";
            ip?: string;
            /** Format: int32 */
            port?: number;
            path?: string;
            altPathForCert?: string;
            privateKeyPath?: string;
            passPhrase?: string;
            username?: string;
            password?: string;
            storeName?: string;
            storeCredId?: string;
        };
        NetworkAgentServerNode: {
            /** Format: int32 */
            id?: number;
            alias?: string;
            name?: string;
            /** @enum {string} */
            protocol?: "HTTP" | "HTTPS" | "UNKNOWN";
            address?: string;
            /** Format: int32 */
            port?: number;
            errorMessage?: string;
            /** Format: int32 */
            sslId?: number;
        };
        NetworkAgentServerNodeSummary: {
            /** Format: int32 */
            id?: number;
            name?: string;
        };
        NetworkAgentServerSummary: {
            /** Format: int32 */
            id?: number;
            active?: boolean;
            name?: string;
        };
        NetworkAgentServerUpdateRequest: {
            name?: string;
            /** @enum {string} */
            vendor?: "APACHE_2" | "IIS" | "TOMCAT" | "F5_BIG_IP";
            /** @enum {string} */
            connectionType?: "LOCAL" | "LOCAL_LEGACY_NATIVE_API" | "REMOTE_REST_API" | "REMOTE_SSH" | "REMOTE_WIN_RM" | "REMOTE_LEGACY_NATIVE_API";
            ip?: string;
            /** Format: int32 */
            port?: number;
            path?: string;
            altPathForCert?: string;
            privateKeyPath?: string;
            passPhrase?: string;
            username?: string;
            password?: string;
            storeName?: string;
            storeCredId?: string;
        };
        NetworkAgentSummary: {
            version?: string;
            /** @enum {string} */
            status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED";
            /** Format: int32 */
            id?: number;
            active?: boolean;
            name?: string;
        };
        NetworkAgentUpdateRequest: {
            name?: string;
            active?: boolean;
            comments?: string;
            secretKey?: string;
            keystorePwd?: string;
        };
        NetworkScanTask: {
            name?: string;
            agent?: string;
            ranges?: components["schemas"]["Range"][];
            frequency?: string;
            timeZone?: string;
            time?: components["schemas"]["Time"];
            /** Format: int32 */
            month?: number;
            /** Format: int32 */
            dayOfMonth?: number;
            /** Format: int32 */
            dayOfWeek?: number;
            /** Format: int32 */
            year?: number;
            /** @description Human-readable scan status, e.g. "Scan in process"; null before the first run. */
            status?: string | null;
            certificateBucket?: components["schemas"]["DiscoveryBucketRef"];
        };
        NetworkScanTaskRequest: {
            name?: string;
            /** Format: uuid */
            certBucketId: string;
            frequency?: string;
            timeZone?: string;
            time: components["schemas"]["Time"];
            /** Format: int32 */
            month?: number;
            /** Format: int32 */
            dayOfMonth?: number;
            /** Format: int32 */
            dayOfWeek?: number;
            /** Format: int32 */
            year?: number;
            ranges?: components["schemas"]["Range"][];
            agent?: string;
        };
        NetworkScanTaskUpdateRequestV2: components["schemas"]["NetworkScanTaskRequest"] & {
            /** Format: int32 */
            taskId: number;
        };
        Notification: {
            description?: string;
            active?: boolean;
            orgData?: components["schemas"]["OrgDetails"];
            recipientData: components["schemas"]["RecipientDetails"];
            additionalData?: components["schemas"]["NotificationAdditionalDetails"];
            type: components["schemas"]["NotificationType"];
            /** Format: int32 */
            id?: number;
            created?: string;
            createdBy?: string;
            modified?: string;
            modifiedBy?: string;
        };
        NotificationActivityStreamReport: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "NOTIFICATION_ACTIVITY_LOG";
            dates?: components["schemas"]["ReportDates"];
        };
        NotificationAdditionalDetails: {
            /** Format: int32 */
            days?: number;
            /** Format: int32 */
            certTypeId?: number;
            /** @enum {string} */
            freq?: "ONCE" | "DAILY";
            revokedByAdmin?: boolean;
            revokedByUser?: boolean;
        };
        NotificationCreateRequest: {
            description?: string;
            active?: boolean;
            orgData?: components["schemas"]["OrgDetails"];
            recipientData: components["schemas"]["RecipientDetails"];
            additionalData?: components["schemas"]["NotificationAdditionalDetails"];
            type: components["schemas"]["NotificationType"];
        };
        /**
         * @description Notification type code.
         * @enum {string}
         */
        NotificationType: "ClientCertExpiration" | "ClientCertRevoked" | "SSLApproved" | "SSLAwaitingApproval" | "SSLDeclined" | "SSLExpiration" | "SSLIssuanceFailed" | "SSLRevoked" | "DiscoveryScanSummary" | "SSLSAApprovedToRA" | "AdminCreation" | "DomainAwaitingApproval" | "DomainApproved" | "SSLEnrolled" | "CSCertInvitation" | "CSCertIssued" | "CSCertDownloaded" | "CSCertRevoked" | "CSCertExpiration" | "CSCertRequested" | "EmailValidation" | "EmailInvitation" | "DCVExpiration" | "DCVValidated" | "DCVNeeded" | "ExSSLCertificateInstalled" | "ExSSLInstallationFailed" | "IdPLoginEmailInvitation" | "CsRequestDeclined" | "CsRequestSigned" | "DeveloperCreated" | "DeveloperResetPassword" | "DeveloperNewEmail" | "CsRequestCreated" | "CsCsfRevoke" | "DeviceExpiration" | "DeviceRevoked" | "DeviceAwaitingApproval" | "ArFailed" | "ManualInstallReady" | "DeviceEnrolled" | "DeviceApproved" | "DeviceDeclined" | "AdminChangePasswordByApi" | "SSLBulkAwaitingApproval" | "SSLBulkEnrollCompleted" | "SSLEnrolledDl" | "SMIMEEnrolledDl" | "DeviceEnrolledDl" | "CsEnrolledDl" | "MsAgentChangeStatus" | "NetworkAgentDisconnected" | "WebFormLogin" | "WebFormInvitation" | "DomainAwaitingApprovalMrao" | "ReportGenerated" | "DcvAutoRenewFailed" | "SasLoginEmailInvitation" | "DnsConnectorDisconnected" | "CAConnectorDisconnected" | "PrivateCaExpiration" | "SubscriptionChange" | "CertificateUsageThreshold" | "CertificateUsageExceedsInventory" | "BrandCertificateExpiration" | "BrandCertificateIssued" | "BrandCertificateApproved" | "BrandCertificateAwaitingApproval" | "BrandCertificateIssuanceFailed" | "BrandCertificateRevoked" | "BrandCertificateDeclined" | "RaCertExpiration";
        NotificationUpdateRequest: {
            description?: string;
            active?: boolean;
            orgData?: components["schemas"]["OrgDetails"];
            recipientData: components["schemas"]["RecipientDetails"];
            additionalData?: components["schemas"]["NotificationAdditionalDetails"];
        };
        OrgDetails: {
            /** @enum {string} */
            selectedOrgType: "ANY" | "ANYDEPT" | "SELECTED";
            orgDelegations?: number[];
        };
        Organization: {
            /** Format: int32 */
            id?: number;
            name?: string;
            department?: components["schemas"]["Organization"];
        };
        OrganizationCreateRequest: {
            parentOrgName?: string;
            name?: string;
            address1?: string;
            address2?: string;
            address3?: string;
            city?: string;
            stateProvince?: string;
            postalCode?: string;
            country?: string;
            clientCertificate: components["schemas"]["ClientCertificate"];
            alternativeName?: string;
            schacHomeOrganization?: string;
            alias?: string;
            sslCertsApiEnabled?: boolean;
            clientCertsApiEnabled?: boolean;
            contactEmails?: string;
            contactWebhook?: string;
            contactSlack?: string;
            contactTeams?: string;
        };
        OrganizationDetails: {
            generalDetails: components["schemas"]["OrganizationGeneralDetails"];
            organizationIdentifier?: string;
            evDetails?: components["schemas"]["OrganizationEVDetails"];
        };
        OrganizationDetailsResponse: {
            /** Format: int32 */
            id?: number;
            name?: string;
            /** Format: int32 */
            parentId?: number;
            parentName?: string;
            parentSecondaryName?: string;
            certTypes?: ("SMIME" | "SSL" | "CodeSign" | "SMIMEAuth" | "Device")[];
            departments?: components["schemas"]["DepartmentBasicInfo"][];
            secondaryName?: string;
            schacHomeOrganization?: string;
            alias?: string;
            contactEmails?: string;
            contactWebhook?: string;
            contactSlack?: string;
            contactTeams?: string;
            address1?: string;
            address2?: string;
            address3?: string;
            city?: string;
            stateOrProvince?: string;
            postalCode?: string;
            country?: string;
            validationStatus?: string;
            secondaryValidationStatus?: string;
            clientCertificate?: components["schemas"]["ClientCertificate"];
            sslCertsApiEnabled?: boolean;
            clientCertsApiEnabled?: boolean;
        };
        OrganizationEVDetails: {
            registrationAgency?: components["schemas"]["RegistrationAgency"];
            contractSigner?: components["schemas"]["ContractSigner"];
        };
        OrganizationGeneralDetails: {
            legalName?: string;
            assumedName?: string;
            address1?: string;
            address2?: string;
            address3?: string;
            city?: string;
            stateProvince?: string;
            postalCode?: string;
            country?: string;
        };
        OrganizationRevalidationRequest: {
            organizationDetails?: components["schemas"]["OrganizationDetails"];
        };
        OrganizationSummary: {
            /** Format: int32 */
            id?: number;
            name?: string;
            parentName?: string;
            departments?: components["schemas"]["DepartmentBasicInfo"][];
        };
        OrganizationUpdateRequest: {
            name?: string;
            address1?: string;
            address2?: string;
            address3?: string;
            city?: string;
            stateProvince?: string;
            postalCode?: string;
            country?: string;
            alternativeName?: string;
            schacHomeOrganization?: string;
            alias?: string;
            contactEmails?: string;
            contactWebhook?: string;
            contactSlack?: string;
            contactTeams?: string;
            sslCertsApiEnabled?: boolean;
            clientCertsApiEnabled?: boolean;
        };
        OrganizationValidation: {
            /** Format: int32 */
            id?: number;
            /** @enum {string} */
            validationLevel?: "OV_SSL" | "OV_SMIME" | "EV_SSL";
            /** @enum {string} */
            status?: "NOT_VALIDATED" | "PENDING" | "EXPIRED" | "FAILED" | "VALIDATED";
            /** @enum {string} */
            backgroundStatus?: "NOT_VALIDATED" | "PENDING" | "EXPIRED" | "FAILED" | "VALIDATED";
            submitted?: string;
            backgroundSubmitted?: string;
            expires?: string;
            alternative?: boolean;
            /** Format: int32 */
            backendId?: number;
            /** @enum {string} */
            backendType?: "SASP" | "PRIVATE_CA" | "MS_CA" | "DIGI_CERT" | "ENTRUST" | "AWS_PCA" | "GOOGLE";
            settings?: {
                [key: string]: string;
            };
            validator?: components["schemas"]["IdName"];
            organizationDetails?: components["schemas"]["OrganizationDetails"];
        };
        OrganizationValidationRequest: {
            organizationDetails: components["schemas"]["OrganizationDetails"];
            alternative?: boolean;
            overwriteIfExists?: boolean;
            backendId: number;
            /** @enum {string} */
            validationLevel: "OV_SSL" | "OV_SMIME" | "EV_SSL";
        };
        OrganizationValidationSummary: {
            /** Format: int32 */
            id?: number;
            /** @enum {string} */
            type?: "EMAIL" | "DV" | "OV" | "EV" | "PRIVATE";
            /** @enum {string} */
            status?: "NOT_VALIDATED" | "PENDING" | "EXPIRED" | "FAILED" | "VALIDATED";
            /** @enum {string} */
            backgroundStatus?: "NOT_VALIDATED" | "PENDING" | "EXPIRED" | "FAILED" | "VALIDATED";
            submitted?: string;
            expires?: string;
            alternative?: boolean;
            /** Format: int32 */
            backendId?: number;
            /** @enum {string} */
            backendType?: "SASP" | "PRIVATE_CA" | "MS_CA" | "DIGI_CERT" | "ENTRUST" | "AWS_PCA" | "GOOGLE";
            domain?: string;
            settings?: {
                [key: string]: string;
            };
            validator?: components["schemas"]["IdName"];
            permittedCertTypes?: string[];
            validationLevel?: string;
        };
        Person: {
            id?: number;
            firstName?: string;
            middleName?: string;
            lastName?: string;
            email?: string;
            organizationId?: number;
            validationType?: string;
            phone?: string;
            secondaryEmails?: string[];
            commonName?: string;
            eppn?: string;
            upn?: string;
            created?: string;
            modified?: string;
        };
        PersonIdResponse: {
            personId?: number;
        };
        PersonRequest: {
            firstName: string;
            middleName?: string;
            lastName: string;
            /** Format: email */
            email: string;
            /** @enum {string} */
            validationType: "STANDARD" | "HIGH";
            organizationId: number;
            phone?: string;
            commonName?: string;
            secondaryEmails?: string[];
            eppn?: string;
            upn?: string;
        };
        /** @description A person as the Admin API returns it: the v1 fields plus who created and last changed it. */
        PersonV2: components["schemas"]["Person"] & {
            readonly createdBy?: string;
            readonly modifiedBy?: string;
        };
        PkAgentActivityStreamReport: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "PK_CONTROLLER_ACTIVITY_LOG";
            dates?: components["schemas"]["ReportDates"];
        };
        Pkcs12ImportRequest: {
            /** Format: byte */
            p12: string;
            password?: string;
            customFields?: components["schemas"]["CustomFieldValue"][];
        };
        PublicAcmeEndpointAccountRequest: WithRequired<components["schemas"]["EndpointAccountRequestBase"], "type"> & {
            domains?: string[];
        };
        Range: {
            address: string;
            ports?: string;
        };
        RecipientDetails: {
            notifyRoles?: ("APPROVER" | "REQUESTER" | "MRAO" | "SSL_RAO" | "SSL_DRAO" | "SMIME_RAO" | "SMIME_DRAO" | "CS_RAO" | "CS_DRAO" | "DEVICE_RAO" | "DEVICE_DRAO" | "EXTERNAL_REQUESTER" | "ORGANIZATION_CONTACT")[];
            recipients?: components["schemas"]["RecipientRequest"][];
        };
        RecipientRequest: {
            /** @enum {string} */
            type: "EMAIL" | "SLACK" | "TEAMS" | "WEBHOOK";
            value: string;
        };
        RegistrationAgency: {
            dunAndBradstreetNumber?: string;
            registrationNumber?: string;
            city?: string;
            state?: string;
            country?: string;
            dateOfIncorporation?: string;
            /** @enum {string} */
            businessCategory?: "PrivateOrganization" | "GovernmentEntity" | "BusinessEntity" | "NonCommercialEntity";
        };
        RenewManualRequest: {
            /** Format: int32 */
            id?: number;
            orderNumber?: string;
            /** @enum {string} */
            dcvMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT";
            dcvEmail?: string;
        };
        RenewRequest: {
            csr?: string;
            /** @enum {string} */
            dcvMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT";
            dcvEmail?: string;
        };
        RenewResponse: {
            /** Format: int32 */
            sslId?: number;
        };
        ReplaceRequest: {
            csr?: string;
            reason?: string;
            commonName?: string;
            subjectAlternativeNames?: string[];
            /** @enum {string} */
            dcvMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT";
            dcvEmail?: string;
            revoke?: boolean;
        };
        /** @description Date filter: a window relative to today (`LAST`/`NEXT` with `days`) or absolute (`BEFORE`/`AFTER`/`RANGE` with `from`/`to`). */
        ReportDates: {
            /** @enum {string} */
            type?: "LAST" | "NEXT" | "BEFORE" | "AFTER" | "RANGE";
            /** Format: int32 */
            days?: number;
            /** @description Start date (yyyy-MM-dd). */
            from?: string;
            /** @description End date (yyyy-MM-dd). */
            to?: string;
        };
        RevokeByEmailRequest: {
            /**
             * @description RFC 5280 reason: 0 unspecified, 1 keyCompromise, 3 affiliationChanged, 4 superseded, 5 cessationOfOperation.
             * @enum {integer}
             */
            reasonCode: 0 | 1 | 3 | 4 | 5;
            reason?: string;
            /** Format: email */
            email: string;
        };
        /** @description Revokes every client certificate of one e-mail address (Admin API). */
        RevokeByEmailRequestV2: {
            /**
             * @description RFC 5280 reason as a string: `0` unspecified, `1` keyCompromise, `3` affiliationChanged, `4` superseded, `5` cessationOfOperation.
             * @enum {string}
             */
            reasonCode: "0" | "1" | "3" | "4" | "5";
            reason?: string;
            /** Format: email */
            email: string;
        };
        RevokeRequest: {
            /**
             * @description RFC 5280 reason: 0 unspecified, 1 keyCompromise, 3 affiliationChanged, 4 superseded, 5 cessationOfOperation.
             * @enum {integer}
             */
            reasonCode: 0 | 1 | 3 | 4 | 5;
            reason: string;
        };
        /** @description Revocation request of the Admin API: as RevokeRequest, with the reason code as a string. */
        RevokeRequestV2: {
            /**
             * @description RFC 5280 reason as a string: `0` unspecified, `1` keyCompromise, `3` affiliationChanged, `4` superseded, `5` cessationOfOperation.
             * @enum {string}
             */
            reasonCode: "0" | "1" | "3" | "4" | "5";
            reason: string;
        };
        RuleFilter: {
            /** @enum {string} */
            filterType?: "COMMON_NAME" | "ORGANIZATION" | "ORGANIZATION_UNIT" | "CITY" | "STATE" | "COUNTRY" | "SUBJECT_ALT_NAME" | "ISSUER" | "IP" | "PORT" | "DOMAIN_COMPONENT" | "TEMPLATE_NAME" | "KU" | "EKU" | "HOST_NAME";
            /** @enum {string} */
            matchType?: "MATCHES" | "STARTS_WITH" | "ENDS_WITH" | "CONTAINS" | "MATCH_REGEX" | "GREATER_THAN";
            value?: string;
        };
        RuleFilterInfo: {
            /** @enum {string} */
            filterType?: "COMMON_NAME" | "ORGANIZATION" | "ORGANIZATION_UNIT" | "CITY" | "STATE" | "COUNTRY" | "SUBJECT_ALT_NAME" | "ISSUER" | "IP" | "PORT" | "DOMAIN_COMPONENT" | "TEMPLATE_NAME" | "KU" | "EKU" | "HOST_NAME";
            /** @enum {string} */
            matchType?: "MATCHES" | "STARTS_WITH" | "ENDS_WITH" | "CONTAINS" | "MATCH_REGEX" | "GREATER_THAN";
            value?: string;
        };
        ScanTaskCreated: {
            taskId?: number;
        };
        ScanTaskSummary: {
            /** Format: int32 */
            taskId?: number;
            name?: string;
            status?: string;
        };
        SmimeCertificate: {
            commonName?: string;
            id?: number;
            orgId?: number;
            status?: string;
            backendCertId?: string;
            certType?: components["schemas"]["CertificateProfile"];
            subType?: string;
            term?: number;
            requestedVia?: string;
            comments?: string;
            requested?: string;
            issued?: string;
            expires?: string;
            keyAlgorithm?: string;
            keySize?: number;
            keyType?: string;
            keyUsages?: string[];
            extendedKeyUsages?: string[];
            certificateDetails?: components["schemas"]["CertificateDetails"];
            suspendNotifications?: boolean;
            csrDetails?: components["schemas"]["CsrDetails"];
            customFields?: components["schemas"]["CustomFieldValue"][];
        };
        SmimeCertificateSummary: {
            /** Format: int32 */
            id?: number;
            state?: string;
            certificateDetails?: components["schemas"]["CertificateDetails"];
            serialNumber?: string;
            /** Format: int64 */
            orderNumber?: number;
            backendCertId?: string;
            expires?: string;
            comments?: string;
        };
        SmimeCertificateUpdateRequest: {
            customFields?: components["schemas"]["CustomFieldValue"][];
            comments?: string;
        };
        SmimeCertificatesReportRequest: {
            from?: string;
            to?: string;
            organizationIds?: number[];
            /** @enum {string} */
            certificateStatus?: "0" | "2" | "3" | "4" | "5" | "6";
            /** @enum {string} */
            certificateDateAttribute?: "0" | "1" | "2" | "3";
        };
        SmimeEndpointAccount: {
            /** Format: int32 */
            id?: number;
            name?: string;
            profiles?: string[];
        };
        SmimeEnrollRequest: {
            orgId?: number;
            csr?: string;
            certType?: number;
            term?: number;
            /** Format: email */
            email: string;
            phone?: string;
            secondaryEmails?: string[];
            firstName: string;
            middleName?: string;
            lastName: string;
            customFields?: components["schemas"]["CustomFieldValue"][];
            commonName?: string;
            eppn?: string;
            upn?: string;
            comments?: string;
        };
        SmimeEnrollResponse: {
            /**
             * Format: int32
             * @description SCM ID of the new client certificate (certId).
             */
            id?: number;
            /** Format: int64 */
            orderNumber?: number;
            backendCertId?: string;
        };
        SmimeKeystoreRequest: {
            /**
             * @description Encryption of the PKCS#12 file.
             * @default AES256-SHA256
             * @enum {string}
             */
            encryptionType?: "AES256-SHA256" | "TripleDES-SHA1";
            passphrase: string;
        };
        SmimeReportResponse: {
            /** Format: int32 */
            statusCode?: number;
            message?: string;
            reports?: components["schemas"]["SmimeReportRow"][];
        };
        SmimeReportRow: {
            /** Format: int32 */
            id?: number;
            person?: components["schemas"]["WsPerson"];
            organization?: components["schemas"]["WsOrganization"];
            subject?: string;
            email?: string;
            /** Format: int64 */
            orderNumber?: number;
            backendCertId?: string;
            enrolled?: string;
            downloaded?: string;
            revoked?: string;
            expire?: string;
            /** @enum {string} */
            enrollType?: "Admin Enroll" | "Self Enroll" | "API Enroll" | "Auto Enroll" | "CSV Enroll" | "SCEP Enroll" | "IdP Enroll" | "MS Agent Enroll" | "Discovery" | "MS CA Enroll" | "Imported" | "EST Enroll" | "REST Enroll API";
            customFields?: components["schemas"]["WsCustomField"][];
            comments?: string;
        };
        /** @description Client certificate revocation request of the Admin API; the reason text may be empty. */
        SmimeRevokeRequestV2: {
            /**
             * @description RFC 5280 reason as a string: `0` unspecified, `1` keyCompromise, `3` affiliationChanged, `4` superseded, `5` cessationOfOperation.
             * @enum {string}
             */
            reasonCode: "0" | "1" | "3" | "4" | "5";
            reason?: string;
        };
        SmimeWebFormAccountRequest: WithRequired<components["schemas"]["EndpointAccountRequestBase"], "type"> & {
            profileIds?: number[];
            /** @enum {string} */
            csrGenerationMethod?: "BROWSER" | "SERVER" | "PROVIDED" | "SECTIGOGEN" | "TOKEN";
            allowEmptyPin?: boolean;
            /** @enum {string} */
            accountAuthMethod?: "ACCESS_CODE" | "IDP_ASSERTIONS_MAPPING" | "NONE";
            accessCode?: string;
            idpMappingRules?: components["schemas"]["IdpMappingRuleRequest"][];
            /** @enum {string} */
            preferredKeyProtectionAlgorithm?: "AES256-SHA256" | "TripleDES-SHA1";
        };
        SslCertificateSummary: {
            /** Format: int32 */
            sslId?: number;
            commonName?: string;
            subjectAlternativeNames?: string[];
            serialNumber?: string;
        };
        SslCertificateUpdateRequest: {
            customFields?: components["schemas"]["CustomFieldValue"][];
            comments?: string;
            /** Format: int32 */
            sslId: number;
            /** Format: int32 */
            term?: number;
            /** Format: int32 */
            certTypeId?: number;
            /** Format: int32 */
            orgId?: number;
            requester?: string;
            /** Format: int32 */
            requesterAdminId?: number;
            /** Format: int32 */
            approverAdminId?: number;
            commonName?: string;
            csr?: string;
            serverSoftware?: string;
            externalRequester?: string;
            subjectAlternativeNames?: string[];
            autoRenewDetails?: components["schemas"]["AutoRenewDetails"];
            suspendNotifications?: boolean;
        };
        SslCertificatesReportRequest: {
            from?: string;
            to?: string;
            organizationIds?: number[];
            commonName?: string;
            externalRequester?: string;
            /** @enum {string} */
            certificateStatus?: "0" | "1" | "2" | "3" | "4";
            /** @enum {string} */
            certificateDateAttribute?: "2" | "3" | "4" | "5";
            /** @enum {string} */
            certificateRequestSource?: "0" | "1" | "2" | "3" | "4" | "5" | "7" | "9" | "10" | "11" | "12";
            serialNumberFormat?: string;
            includeIpAddresses?: boolean;
        };
        SslCertsStreamReport: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SSL_CERTS";
            /** @description Status whose date the `dates` filter applies to. */
            certificateStatus?: string;
            dates?: components["schemas"]["ReportDates"];
            /** @enum {string} */
            currentStatus?: "ANY" | "REQUESTED" | "ISSUED" | "REVOKED" | "EXPIRED" | "PENDING_DOWNLOAD" | "NOT_ENROLLED" | "AWAITING_APPROVAL" | "APPROVED" | "APPLIED" | "DOWNLOADED" | "EXTERNAL";
            /** @enum {string} */
            requestVia?: "WEB_FORM" | "CLIENT_ADMIN" | "API" | "DISCOVERY" | "IMPORTED" | "SCEP" | "CD_AGENT" | "MS_AGENT" | "MS_CA" | "BULK_REQUEST" | "ACME" | "EST" | "REST";
            /** @description Only these organization IDs. */
            orgs?: number[];
        };
        SslMaggieEndpointAccountRequest: WithRequired<components["schemas"]["EndpointAccountRequestBase"], "type"> & {
            /** Format: int32 */
            profileId?: number;
            profileIds?: number[];
        };
        SslReportResponse: {
            /** Format: int32 */
            statusCode?: number;
            message?: string;
            reports?: components["schemas"]["SslReportRow"][];
        };
        SslReportRow: {
            /** Format: int32 */
            id?: number;
            type?: string;
            /** Format: int32 */
            typeId?: number;
            /** Format: int32 */
            orgId?: number;
            commonName?: string;
            subjAltNames?: string;
            status?: string;
            requester?: string;
            approver?: string;
            organizationName?: string;
            /** Format: int64 */
            orderNumber?: number;
            backendCertId?: string;
            /** Format: int32 */
            servers?: number;
            serverType?: string;
            /** @enum {string} */
            requestedVia?: "Enrollment Form" | "Client Admin" | "Web API" | "Discovery" | "Imported" | "SCEP" | "CD Agent" | "MS Agent" | "MS CA" | "Bulk Request" | "ACME" | "EST" | "REST API";
            /** Format: int32 */
            term?: number;
            comments?: string;
            requested?: string;
            approved?: string;
            declined?: string;
            issued?: string;
            downloaded?: string;
            expires?: string;
            revoked?: string;
            replaced?: string;
            issuer?: string;
            ipAddresses?: string;
            externalRequester?: string;
            serialNumber?: string;
            city?: string;
            state?: string;
            country?: string;
            signatureAlg?: string;
            publicKeyAlg?: string;
            publicKeySize?: string;
            publicKeyType?: string;
            sha1?: string;
            md5?: string;
            customFields?: components["schemas"]["CustomFieldValue"][];
        };
        SslWebFormAccountRequest: WithRequired<components["schemas"]["EndpointAccountRequestBase"], "type"> & {
            profileIds?: number[];
            /** @enum {string} */
            csrGenerationMethod?: "BROWSER" | "SERVER" | "PROVIDED" | "SECTIGOGEN" | "TOKEN";
            autoApprove?: boolean;
            allowEmptyPin?: boolean;
            allowAutoRenew?: boolean;
            /** @enum {string} */
            accountAuthMethod?: "ACCESS_CODE" | "IDP_ASSERTIONS_MAPPING" | "NONE";
            accessCode?: string;
            idpMappingRules?: components["schemas"]["IdpMappingRuleRequest"][];
            /** @enum {string} */
            preferredKeyProtectionAlgorithm?: "AES256-SHA256" | "TripleDES-SHA1";
        };
        /** @description Report request; `type` selects the report and which other fields apply. */
        StreamReportRequest: components["schemas"]["SslCertsStreamReport"] | components["schemas"]["ClientCertsStreamReport"] | components["schemas"]["DeviceCertsStreamReport"] | components["schemas"]["CodeSignCertsStreamReport"] | components["schemas"]["BrandCertsStreamReport"] | components["schemas"]["ActivityLogStreamReport"] | components["schemas"]["NotificationActivityStreamReport"] | components["schemas"]["PkAgentActivityStreamReport"] | components["schemas"]["AdminsStreamReport"] | components["schemas"]["DomainsStreamReport"];
        TextOptionInput: components["schemas"]["CustomFieldInput"] & {
            options?: string[];
        };
        Time: {
            /** Format: int32 */
            hours?: number;
            /** Format: int32 */
            minutes?: number;
        };
        UniversalAcmeAccount: {
            /** Format: int32 */
            id?: number;
            accountId?: string;
            macId?: string;
            macKey?: string;
            acmeServer?: string;
            name?: string;
            /** Format: int32 */
            organizationId?: number;
            profileName?: string;
        };
        UniversalAcmeAccountCreateRequest: {
            acmeServer?: string;
            name?: string;
            /** Format: int32 */
            organizationId: number;
            profileName?: string;
        };
        UniversalAcmeAccountUpdateRequest: {
            name?: string;
        };
        UniversalAcmeClient: {
            /** Format: int32 */
            id?: number;
            accountId?: string;
            ipAddress?: string;
            userAgent?: string;
            status?: string;
            lastActivity?: string;
            contacts: string;
        };
        ValidatorChangeRequest: {
            adminId: number;
        };
        WsAction: {
            /** Format: int32 */
            id?: number;
            actionName?: string;
        };
        WsAdmin: {
            login?: string;
            fullName?: string;
            email?: string;
        };
        WsCustomField: {
            name?: string;
            value?: string;
        };
        WsNotification: {
            description?: string;
        };
        WsOrganization: {
            id?: string;
            name?: string;
        };
        WsPerson: {
            name?: string;
            email?: string;
            guid?: string;
        };
        WsSmime: {
            person?: components["schemas"]["WsPerson"];
            /** Format: int64 */
            orderNumber?: number;
            backendCertId?: string;
            ordered?: string;
            revoked?: string;
            collected?: string;
            downloaded?: string;
            expires?: string;
            /** @enum {string} */
            state?: "blank" | "created" | "requested" | "issued" | "downloaded" | "expired" | "revoked" | "rejected" | "pre_revoked";
            serialNumber?: string;
            subject?: string;
        };
        WsSsl: {
            /** Format: int64 */
            orderNumber?: number;
            backendCertId?: string;
            commonName?: string;
            sslType?: string;
            /** Format: int32 */
            term?: number;
        };
    };
    responses: {
        /** @description The request was rejected; `code` says why (also used for "not ready yet" on collect). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or wrong credentials (codes -16, -970). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such resource. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Any other error, in the same envelope. */
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
        /** @description SCM ID of the ACME account. */
        AcmeAccountId: number;
        /** @description ID of the administrator. */
        AdminId: number;
        /** @description ID of the Azure Key Vault account. */
        AzureAccountId: number;
        /** @description Order number of the certificate at the CA (backend certificate ID). */
        BackendCertId: string;
        /** @description SCM ID of the BIMI certificate. */
        BimiCertId: number;
        /** @description ID (UUID) of the discovery bucket. */
        BucketId: string;
        /** @description Format of the download. PEM text: `x509`, `x509R`, `pem` (certificate with chain), `x509CO`, `pemco` (certificate only), `pemia` (certificate, then issuers), `x509IO` (root and intermediates only), `x509IOR` (intermediates then root); `base64` is PKCS#7 as PEM text (the default); `bin` is PKCS#7 DER (binary). */
        CollectFormat: "x509" | "x509R" | "pem" | "x509CO" | "pemco" | "pemia" | "x509IO" | "x509IOR" | "base64" | "bin";
        /** @description ID (UUID) of the DNS connector. */
        ConnectorId: string;
        /** @description ID of the custom field. */
        CustomFieldId: number;
        /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
        DateFormat: string;
        /** @description SCM ID of the device certificate. */
        DeviceCertId: number;
        /** @description ID of the domain. */
        DomainId: number;
        /** @description ID of the enrollment endpoint. */
        EndpointId: number;
        /** @description ID of the certificate location. */
        LocationId: number;
        /** @description ID of the MS agent. */
        MsAgentId: number;
        /** @description ID of the network agent. */
        NetworkAgentId: number;
        /** @description ID of the notification setting. */
        NotificationId: number;
        /** @description ID of the organization or department. */
        OrgId: number;
        /** @description ID of the person. */
        PersonId: number;
        /** @description Offset of the first entry to return (0 is the first). */
        Position: number;
        /** @description ID of the assignment rule. */
        RuleId: number;
        /** @description Serial number of the certificate (hex, with or without colons). */
        SerialNumber: string;
        /** @description ID of the server managed by the network agent. */
        ServerId: number;
        /** @description Page size: how many entries to return (at most 200). */
        Size: number;
        /** @description SCM ID of the client (S/MIME) certificate. */
        SmimeCertId: number;
        /** @description SCM ID of the SSL certificate (sslId). */
        SslId: number;
        /** @description ID of the discovery task. */
        TaskId: number;
        /** @description ID of the IdP template. */
        TemplateId: number;
        /** @description ID of the organization validation. */
        ValidationId: number;
    };
    requestBodies: never;
    headers: {
        /** @description Total number of entries matching the filters (all pages). */
        XTotalCount: number;
        /** @description URL of the created resource; its last path segment is the new ID. */
        Location: string;
        /** @description `attachment; filename="..."` with a suggested file name. */
        ContentDisposition: string;
    };
    pathItems: never;
}
/** Definitions of the Sectigo Certificate Manager spec. */
export type $defs = Record<string, never>;
/** Every operation of the Sectigo Certificate Manager spec by operationId: parameters, request body, responses. */
export interface operations {
    listSslCertificateProfiles: {
        parameters: {
            query?: {
                /** @description Only entries of this organization ID. */
                organizationId?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateProfile"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSslCustomFields: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldV1"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSslCertificateLocations: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createSslCertificateLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSslCertificateLocation: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
                /** @description ID of the certificate location. */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateSslCertificateLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
                /** @description ID of the certificate location. */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteSslCertificateLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
                /** @description ID of the certificate location. */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSslCertificates: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the common name. */
                commonName?: string;
                /** @description Match on a subject alternative name. */
                subjectAlternativeName?: string;
                /** @description Only entries with this status. */
                status?: "Invalid" | "Requested" | "Approved" | "Declined" | "Applied" | "Issued" | "Revoked" | "Expired" | "Replaced" | "Rejected" | "Unmanaged" | "SAApproved" | "Init";
                /** @description Only certificates of this SSL profile ID. */
                sslTypeId?: number;
                /**
                 * @deprecated
                 * @description Use requestedVia instead.
                 */
                discoveryStatus?: "NotDeployed" | "Deployed";
                /** @description Match on the server vendor. */
                vendor?: string;
                /** @description Only entries of this organization (or department) ID. */
                orgId?: number;
                /** @description Only certificates in this auto-installation state. */
                installStatus?: "NONE" | "NOT_STARTED" | "KEY_PROCESSING" | "KEY_READY" | "CERT_PROCESSING" | "SCHEDULED" | "INSTALLING" | "ACTION_REQUIRED" | "READY_FOR_INSTALL" | "NEED_SERVER_RESTART" | "COMPLETED" | "INVALID";
                /** @description Only certificates in this auto-renewal state. */
                renewalStatus?: "NOT_SCHEDULED" | "SCHEDULED" | "STARTED" | "SUCCESSFUL" | "FAILED";
                /** @description Match on the issuer DN. */
                issuer?: string;
                /** @description Match on the serial number. */
                serialNumber?: string;
                /** @description Match on the requester. */
                requester?: string;
                /** @description Match on the external requester e-mail. */
                externalRequester?: string;
                /** @description Match on the signature algorithm. */
                signatureAlgorithm?: string;
                /** @description Match on the public key algorithm (e.g. RSA, EC). */
                keyAlgorithm?: string;
                /**
                 * @deprecated
                 * @description Use keyParam instead.
                 */
                keySize?: number;
                /** @description Match on the key size or curve name. */
                keyParam?: string;
                /** @description Match on the SHA-1 fingerprint. */
                sha1Hash?: string;
                /** @description Match on the MD5 fingerprint. */
                md5Hash?: string;
                /** @description Match on the SHA-256 fingerprint. */
                sha256Hash?: string;
                /** @description Match on a key usage. */
                keyUsage?: string;
                /** @description Match on an extended key usage (name or OID). */
                extendedKeyUsage?: string;
                /** @description Only certificates requested through this channel. */
                requestedVia?: "WEB_FORM" | "CLIENT_ADMIN" | "API" | "DISCOVERY" | "IMPORTED" | "SCEP" | "CD_AGENT" | "MS_AGENT" | "MS_CA" | "BULK_REQUEST" | "ACME" | "EST" | "REST";
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SslCertificateSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateSslCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SslCertificateUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDetailsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    countSslCertificates: {
        parameters: {
            query?: {
                /** @description Match on the common name. */
                commonName?: string;
                /** @description Match on a subject alternative name. */
                subjectAlternativeName?: string;
                /** @description Only entries with this status. */
                status?: "Invalid" | "Requested" | "Approved" | "Declined" | "Applied" | "Issued" | "Revoked" | "Expired" | "Replaced" | "Rejected" | "Unmanaged" | "SAApproved" | "Init";
                /** @description Only certificates of this SSL profile ID. */
                sslTypeId?: number;
                /**
                 * @deprecated
                 * @description Use requestedVia instead.
                 */
                discoveryStatus?: "NotDeployed" | "Deployed";
                /** @description Match on the server vendor. */
                vendor?: string;
                /** @description Only entries of this organization (or department) ID. */
                orgId?: number;
                /** @description Only certificates in this auto-installation state. */
                installStatus?: "NONE" | "NOT_STARTED" | "KEY_PROCESSING" | "KEY_READY" | "CERT_PROCESSING" | "SCHEDULED" | "INSTALLING" | "ACTION_REQUIRED" | "READY_FOR_INSTALL" | "NEED_SERVER_RESTART" | "COMPLETED" | "INVALID";
                /** @description Only certificates in this auto-renewal state. */
                renewalStatus?: "NOT_SCHEDULED" | "SCHEDULED" | "STARTED" | "SUCCESSFUL" | "FAILED";
                /** @description Match on the issuer DN. */
                issuer?: string;
                /** @description Match on the serial number. */
                serialNumber?: string;
                /** @description Match on the requester. */
                requester?: string;
                /** @description Match on the external requester e-mail. */
                externalRequester?: string;
                /** @description Match on the signature algorithm. */
                signatureAlgorithm?: string;
                /** @description Match on the public key algorithm (e.g. RSA, EC). */
                keyAlgorithm?: string;
                /**
                 * @deprecated
                 * @description Use keyParam instead.
                 */
                keySize?: number;
                /** @description Match on the key size or curve name. */
                keyParam?: string;
                /** @description Match on the SHA-1 fingerprint. */
                sha1Hash?: string;
                /** @description Match on the MD5 fingerprint. */
                md5Hash?: string;
                /** @description Match on the SHA-256 fingerprint. */
                sha256Hash?: string;
                /** @description Match on a key usage. */
                keyUsage?: string;
                /** @description Match on an extended key usage (name or OID). */
                extendedKeyUsage?: string;
                /** @description Only certificates requested through this channel. */
                requestedVia?: "WEB_FORM" | "CLIENT_ADMIN" | "API" | "DISCOVERY" | "IMPORTED" | "SCEP" | "CD_AGENT" | "MS_AGENT" | "MS_CA" | "BULK_REQUEST" | "ACME" | "EST" | "REST";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The total is in `X-Total-Count`; there is no body. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSslCertificate: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDetailsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteSslCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSslCertificateDcv: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    recheckSslCertificateDcv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; the work finishes in the background. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    enrollSslCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    enrollSslCertificateWithKeyGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollKeyGenRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    collectSslCertificate: {
        parameters: {
            query?: {
                /** @description Format of the download. PEM text: `x509`, `x509R`, `pem` (certificate with chain), `x509CO`, `pemco` (certificate only), `pemia` (certificate, then issuers), `x509IO` (root and intermediates only), `x509IOR` (intermediates then root); `base64` is PKCS#7 as PEM text (the default); `bin` is PKCS#7 DER (binary). */
                format?: components["parameters"]["CollectFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createSslKeystoreDownloadLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
                /** @description What to download: `key` (the private key, Base64), `p12` (PKCS#12, Base64), `p12aes` (certificate and key as AES-protected PKCS#12), `jks` (Java KeyStore) or `pem` (certificate and encrypted key as PEM). */
                format: "key" | "p12" | "p12aes" | "jks" | "pem";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KeystoreDownloadLinkRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeystoreDownloadLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    approveSslCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    declineSslCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeSslCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeSslCertificateBySerial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Serial number of the certificate (hex, with or without colons). */
                serialNumber: components["parameters"]["SerialNumber"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    markSslCertificateRevoked: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManualRevokeRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    renewSslCertificateByRenewId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Renew ID returned when the certificate was enrolled. */
                renewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenewRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    renewSslCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenewRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenewResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    markSslCertificateRenewed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenewManualRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    replaceSslCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    importSslCertificates: {
        parameters: {
            query: {
                /** @description Organization the imported certificates are assigned to. */
                orgId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description Zip archive holding the certificate files to import. */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    importSslCertificatesV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateImportRequest"][];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateImportResponse"][] | components["schemas"]["ImportReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSmimeCertificateProfiles: {
        parameters: {
            query?: {
                /** @description Only entries of this organization ID. */
                organizationId?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateProfile"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSmimeCustomFields: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldV1"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSmimeCertificateLocations: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createSmimeCertificateLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSmimeCertificateLocation: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
                /** @description ID of the certificate location. */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateSmimeCertificateLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
                /** @description ID of the certificate location. */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteSmimeCertificateLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
                /** @description ID of the certificate location. */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSmimeCertificates: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Only certificates whose key is (or is not) in key escrow. */
                keyVault?: boolean;
                /** @description Only entries in this state. */
                state?: "blank" | "created" | "requested" | "issued" | "downloaded" | "expired" | "revoked" | "rejected" | "pre_revoked";
                /** @description Only certificates of this profile ID. */
                certTypeId?: number;
                /** @description Only certificates of this person. */
                personId?: number;
                /** @description Match on the order number at the CA. */
                backendCertId?: string;
                /** @description Match on the serial number. */
                serialNumber?: string;
                /** @description Match on the signature algorithm. */
                signatureAlgorithm?: string;
                /** @description Match on the public key algorithm (e.g. RSA, EC). */
                keyAlgorithm?: string;
                /** @description Match on the key size or curve name. */
                keyParam?: string;
                /** @description Match on a key usage. */
                keyUsage?: string;
                /** @description Match on an extended key usage (name or OID). */
                extendedKeyUsage?: string;
                /** @description Match on the e-mail address. */
                email?: string;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmimeCertificateSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    countSmimeCertificates: {
        parameters: {
            query?: {
                /** @description Only certificates whose key is (or is not) in key escrow. */
                keyVault?: boolean;
                /** @description Only entries in this state. */
                state?: "blank" | "created" | "requested" | "issued" | "downloaded" | "expired" | "revoked" | "rejected" | "pre_revoked";
                /** @description Only certificates of this profile ID. */
                certTypeId?: number;
                /** @description Only certificates of this person. */
                personId?: number;
                /** @description Match on the order number at the CA. */
                backendCertId?: string;
                /** @description Match on the serial number. */
                serialNumber?: string;
                /** @description Match on the signature algorithm. */
                signatureAlgorithm?: string;
                /** @description Match on the public key algorithm (e.g. RSA, EC). */
                keyAlgorithm?: string;
                /** @description Match on the key size or curve name. */
                keyParam?: string;
                /** @description Match on a key usage. */
                keyUsage?: string;
                /** @description Match on an extended key usage (name or OID). */
                extendedKeyUsage?: string;
                /** @description Match on the e-mail address. */
                email?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The total is in `X-Total-Count`; there is no body. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSmimeCertificatesByPersonId: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the person. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmimeCertificateSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSmimeCertificatesByPersonEmail: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description E-mail address of the person (URL-encode it). */
                email: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmimeCertificateSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSmimeCertificate: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmimeCertificate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateSmimeCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmimeCertificateUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmimeCertificate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteSmimeCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    enrollSmimeCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmimeEnrollRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmimeEnrollResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    collectSmimeCertificate: {
        parameters: {
            query?: {
                /** @description Format of the download. PEM text: `x509`, `x509R`, `pem` (certificate with chain), `x509CO`, `pemco` (certificate only), `pemia` (certificate, then issuers), `x509IO` (root and intermediates only), `x509IOR` (intermediates then root); `base64` is PKCS#7 as PEM text (the default); `bin` is PKCS#7 DER (binary). */
                format?: components["parameters"]["CollectFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    collectSmimeCertificateByBackendId: {
        parameters: {
            query?: {
                /** @description Format of the download. PEM text: `x509`, `x509R`, `pem` (certificate with chain), `x509CO`, `pemco` (certificate only), `pemia` (certificate, then issuers), `x509IO` (root and intermediates only), `x509IOR` (intermediates then root); `base64` is PKCS#7 as PEM text (the default); `bin` is PKCS#7 DER (binary). */
                format?: components["parameters"]["CollectFormat"];
            };
            header?: never;
            path: {
                /** @description Order number of the certificate at the CA (backend certificate ID). */
                backendCertId: components["parameters"]["BackendCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    downloadSmimeCertificateKeystore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmimeKeystoreRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    renewSmimeCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmimeEnrollResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    renewSmimeCertificateByBackendId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Order number of the certificate at the CA (backend certificate ID). */
                backendCertId: components["parameters"]["BackendCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmimeEnrollResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    renewSmimeCertificateBySerial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Serial number of the certificate (hex, with or without colons). */
                serialNumber: components["parameters"]["SerialNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmimeEnrollResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeSmimeCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeSmimeCertificateByBackendId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Order number of the certificate at the CA (backend certificate ID). */
                backendCertId: components["parameters"]["BackendCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeSmimeCertificateBySerial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Serial number of the certificate (hex, with or without colons). */
                serialNumber: components["parameters"]["SerialNumber"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeSmimeCertificatesByEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeByEmailRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    markSmimeCertificateRevoked: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManualRevokeRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    importSmimeCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateImportRequest"][];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateImportResponse"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDeviceCertificateProfiles: {
        parameters: {
            query?: {
                /** @description Only entries of this organization ID. */
                organizationId?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceCertificateProfile"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDeviceCustomFields: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldV1"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDeviceCertificateLocations: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the device certificate. */
                certId: components["parameters"]["DeviceCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createDeviceCertificateLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the device certificate. */
                certId: components["parameters"]["DeviceCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDeviceCertificateLocation: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the device certificate. */
                certId: components["parameters"]["DeviceCertId"];
                /** @description ID of the certificate location. */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateDeviceCertificateLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the device certificate. */
                certId: components["parameters"]["DeviceCertId"];
                /** @description ID of the certificate location. */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteDeviceCertificateLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the device certificate. */
                certId: components["parameters"]["DeviceCertId"];
                /** @description ID of the certificate location. */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDeviceCertificates: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the common name. */
                commonName?: string;
                /** @description Match on the e-mail address. */
                email?: string;
                /** @description Only entries with this status. */
                status?: "REQUESTED" | "APPROVED" | "DECLINED" | "APPLIED" | "ISSUED" | "DOWNLOADED" | "EXPIRED" | "REVOKED" | "REJECTED" | "AWAITING_APPROVAL";
                /** @description Only certificates of this profile ID. */
                certTypeId?: number;
                /**
                 * @deprecated
                 * @description Match on the order number at the CA.
                 */
                backendCertId?: string;
                /** @description Only entries of this organization (or department) ID. */
                orgId?: number;
                /** @description Match on the serial number. */
                serialNumber?: string;
                /** @description Match on the signature algorithm. */
                signatureAlgorithm?: string;
                /** @description Match on the public key algorithm (e.g. RSA, EC). */
                keyAlgorithm?: string;
                /** @description Match on the key size or curve name. */
                keyParam?: string;
                /** @description Match on a key usage. */
                keyUsage?: string;
                /** @description Match on an extended key usage (name or OID). */
                extendedKeyUsage?: string;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceCertificateSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    countDeviceCertificates: {
        parameters: {
            query?: {
                /** @description Match on the common name. */
                commonName?: string;
                /** @description Match on the e-mail address. */
                email?: string;
                /** @description Only entries with this status. */
                status?: "REQUESTED" | "APPROVED" | "DECLINED" | "APPLIED" | "ISSUED" | "DOWNLOADED" | "EXPIRED" | "REVOKED" | "REJECTED" | "AWAITING_APPROVAL";
                /** @description Only certificates of this profile ID. */
                certTypeId?: number;
                /**
                 * @deprecated
                 * @description Match on the order number at the CA.
                 */
                backendCertId?: string;
                /** @description Only entries of this organization (or department) ID. */
                orgId?: number;
                /** @description Match on the serial number. */
                serialNumber?: string;
                /** @description Match on the signature algorithm. */
                signatureAlgorithm?: string;
                /** @description Match on the public key algorithm (e.g. RSA, EC). */
                keyAlgorithm?: string;
                /** @description Match on the key size or curve name. */
                keyParam?: string;
                /** @description Match on a key usage. */
                keyUsage?: string;
                /** @description Match on an extended key usage (name or OID). */
                extendedKeyUsage?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The total is in `X-Total-Count`; there is no body. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDeviceCertificate: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the device certificate. */
                certId: components["parameters"]["DeviceCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDetailsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateDeviceCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the device certificate. */
                certId: components["parameters"]["DeviceCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceCertificateUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDetailsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteDeviceCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the device certificate. */
                certId: components["parameters"]["DeviceCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    enrollDeviceCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceEnrollRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceEnrollResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    collectDeviceCertificate: {
        parameters: {
            query?: {
                /** @description Format of the download. PEM text: `x509`, `x509R`, `pem` (certificate with chain), `x509CO`, `pemco` (certificate only), `pemia` (certificate, then issuers), `x509IO` (root and intermediates only), `x509IOR` (intermediates then root); `base64` is PKCS#7 as PEM text (the default); `bin` is PKCS#7 DER (binary). */
                format?: components["parameters"]["CollectFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the device certificate. */
                certId: components["parameters"]["DeviceCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    approveDeviceCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the device certificate. */
                certId: components["parameters"]["DeviceCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    declineDeviceCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the device certificate. */
                certId: components["parameters"]["DeviceCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeDeviceCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the device certificate. */
                certId: components["parameters"]["DeviceCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceRevokeRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeDeviceCertificateBySerial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Serial number of the certificate (hex, with or without colons). */
                serialNumber: components["parameters"]["SerialNumber"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceRevokeRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    markDeviceCertificateRevoked: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManualRevokeRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    renewDeviceCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the device certificate. */
                certId: components["parameters"]["DeviceCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceEnrollResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    renewDeviceCertificateBySerial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Serial number of the certificate (hex, with or without colons). */
                serialNumber: components["parameters"]["SerialNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceEnrollResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    replaceDeviceCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the device certificate. */
                certId: components["parameters"]["DeviceCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    importDeviceCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateImportRequest"][];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateImportResponse"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    importCodeSigningCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateImportRequest"][];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateImportResponse"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    markCodeSigningCertificateRevoked: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManualRevokeRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDeveloperCodeSigningRequests: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": number[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    submitCodeSigningRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeSigningRequestSubmitRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createCodeSigningRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeSigningRequestCreateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeSigningRequestCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    uploadCodeSigningFiles: {
        parameters: {
            query: {
                /** @description Upload token from `uploadUrl`. */
                token: string;
                /** @description Code signing request ID (add it if `uploadUrl` lacks it). */
                requestId: number;
            };
            header?: never;
            path: {
                /** @description Path part of the `uploadUrl` returned by createCodeSigningRequest (may contain `/`; send it unescaped). */
                uploadPath: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    countDeveloperCodeSigningRequests: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDeveloperCodeSigningRequest: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the code signing request. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeSigningRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    approveCodeSigningRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeSigningDecisionRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    declineCodeSigningRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeSigningDecisionRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    countCodeSigningRequests: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listCodeSigningRequests: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": number[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getCodeSigningRequest: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the code signing request. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeSigningRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listBimiCertificates: {
        parameters: {
            query?: {
                /** @description Filter expression `field<op>value` (operators `=`, `>`, `<`); repeat the parameter to combine filters. Fields: profile, organizationId, sha1Fingerprint, serialNumber, verificationType, expires, requested, status, orderNumber, approverName, subjectAlternativeNames, comments, issuer, commonName. */
                filter?: string[];
                /** @description Sort key and direction, e.g. `requested,desc`; repeat for several keys. */
                sort?: string[];
                /** @description Page size (parameter name inferred: the seed lost it). */
                size?: number;
                /** @description Zero-based page number (parameter name inferred: the seed lost it). */
                page?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BimiCertificateSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getBimiCertificate: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the BIMI certificate. */
                certId: components["parameters"]["BimiCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BimiCertificate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateBimiCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the BIMI certificate. */
                certId: components["parameters"]["BimiCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BimiEnrollRequest"];
            };
        };
        responses: {
            /** @description Accepted; the work finishes in the background. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    enrollBimiCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BimiEnrollRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getBimiCertificateDcv: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the BIMI certificate. */
                certId: components["parameters"]["BimiCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    recheckBimiCertificateDcv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the BIMI certificate. */
                certId: components["parameters"]["BimiCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; the work finishes in the background. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    collectBimiCertificate: {
        parameters: {
            query?: {
                /** @description Format of the certificate data. */
                format?: "pem" | "der" | "base64";
            };
            header?: never;
            path: {
                /** @description SCM ID of the BIMI certificate. */
                certId: components["parameters"]["BimiCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    approveBimiCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the BIMI certificate. */
                certId: components["parameters"]["BimiCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeBimiCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the BIMI certificate. */
                certId: components["parameters"]["BimiCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listEnrollmentProfiles: {
        parameters: {
            query?: {
                /** @description Filter expression `field=value`; repeat to combine. Fields: name, delegationMode, certType, orgId. */
                filter?: string[];
                /** @description Sort key and direction (`name,asc`); keys: name, id. */
                sort?: string[];
                /** @description Page size (parameter name inferred: the seed lost it). */
                size?: number;
                /** @description Zero-based page number (parameter name inferred: the seed lost it). */
                page?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentProfileSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getEnrollmentProfile: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the certificate profile. */
                profileId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDomainValidations: {
        parameters: {
            query?: {
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Match on the domain name. */
                domain?: string;
                /** @description Organization ID. */
                org?: number;
                /** @description Department ID. */
                department?: number;
                /** @description Validation status code, e.g. NOT_VALIDATED, VALIDATED, EXPIRED. */
                dcvStatus?: string;
                /** @description DCV order status code, e.g. NOT_INITIATED, SUBMITTED. */
                orderStatus?: string;
                /** @description Only validations expiring within this many days. */
                expiresIn?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainValidationSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDomainValidationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvStatusV2"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDomainValidationStatusV1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvStatusV2"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    syncDomainValidation: {
        parameters: {
            query?: {
                /** @description Refresh from the CA even when the cached state looks current. */
                force?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvOrderResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    clearDomainValidation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvOrderResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteDomainValidation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startDomainValidationHttp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvHttpInstructions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startDomainValidationHttps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvHttpInstructions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    submitDomainValidationHttp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvOrderResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    submitDomainValidationHttps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvOrderResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startDomainValidationCname: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvCnameInstructions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    submitDomainValidationCname: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DcvCnameSubmitRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvOrderResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    submitDomainValidationTxt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvOrderResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startDomainValidationEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvEmailOptions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    submitDomainValidationEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DcvEmailSubmitRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvOrderResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    submitDomainValidationEmailBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DcvEmailBulkSubmitRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvOrderResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listCustomFields: {
        parameters: {
            query?: {
                /** @description Only fields of this certificate type (leave out for all). */
                certType?: "SSL" | "SMIME" | "CodeSign" | "Device" | "BrandIndicator";
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomField"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listCustomFieldsV1: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldDetailsV1"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateCustomFieldV1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldV1UpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldDetailsV1"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createCustomFieldV1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldV1Request"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldDetailsV1"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSslCustomFieldsV1: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldDetailsV1"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getCustomField: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the custom field. */
                customFieldId: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the custom field. */
                customFieldId: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteCustomFieldV1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the custom field. */
                customFieldId: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listNetworkScanTasksV2: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only entries with this status. */
                status?: "IN_PROCESS" | "FAILED" | "CANCELED" | "SUCCESSFUL" | "PARTIAL_SUCCESSFUL" | "PROCESSING_RESULT";
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanTaskSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateNetworkScanTaskV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkScanTaskUpdateRequestV2"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createNetworkScanTaskV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkScanTaskRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanTaskCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listNetworkScanTasks: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only entries with this status. */
                status?: "IN_PROCESS" | "FAILED" | "CANCELED" | "SUCCESSFUL" | "PARTIAL_SUCCESSFUL" | "PROCESSING_RESULT";
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanTaskSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createNetworkScanTaskV3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkScanTaskRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listNetworkScanTasksV4: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only entries with this status. */
                status?: "IN_PROCESS" | "FAILED" | "CANCELED" | "SUCCESSFUL" | "PARTIAL_SUCCESSFUL" | "PROCESSING_RESULT";
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanTaskSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createNetworkScanTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkScanTaskRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getNetworkScanTaskV3: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkScanTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateNetworkScanTaskV3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkScanTaskRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteNetworkScanTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getNetworkScanTask: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkScanTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateNetworkScanTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkScanTaskRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteNetworkScanTaskV4: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getNetworkScanTaskV2: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkScanTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteNetworkScanTaskV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startNetworkScanTaskV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startNetworkScanTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAdScanTasksV2: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only entries with this status. */
                status?: "IN_PROCESS" | "FAILED" | "CANCELED" | "SUCCESSFUL" | "PARTIAL_SUCCESSFUL" | "PROCESSING_RESULT";
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanTaskSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateAdScanTaskV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdScanTaskUpdateRequestV2"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createAdScanTaskV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdScanTaskRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanTaskCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAdScanTasks: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only entries with this status. */
                status?: "IN_PROCESS" | "FAILED" | "CANCELED" | "SUCCESSFUL" | "PARTIAL_SUCCESSFUL" | "PROCESSING_RESULT";
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanTaskSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createAdScanTaskV3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdScanTaskRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAdScanTasksV4: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only entries with this status. */
                status?: "IN_PROCESS" | "FAILED" | "CANCELED" | "SUCCESSFUL" | "PARTIAL_SUCCESSFUL" | "PROCESSING_RESULT";
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanTaskSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createAdScanTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdScanTaskRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAdScanTaskV3: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdScanTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateAdScanTaskV3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdScanTaskRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteAdScanTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAdScanTask: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdScanTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateAdScanTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdScanTaskRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteAdScanTaskV4: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAdScanTaskV2: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdScanTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteAdScanTaskV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startAdScanTaskV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startAdScanTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAzureScanTasks: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only entries with this status. */
                status?: "IN_PROCESS" | "FAILED" | "CANCELED" | "SUCCESSFUL" | "PARTIAL_SUCCESSFUL" | "PROCESSING_RESULT";
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanTaskSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createAzureScanTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AzureScanTaskRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAzureScanTask: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AzureScanTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateAzureScanTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AzureScanTaskRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteAzureScanTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startAzureScanTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAssignmentRuleIds: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": number[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateAssignmentRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentRuleUpdateRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createAssignmentRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentRuleCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAssignmentRule: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the assignment rule. */
                ruleId: components["parameters"]["RuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentRule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteAssignmentRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the assignment rule. */
                ruleId: components["parameters"]["RuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    countAssignmentRules: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDiscoveryBuckets: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only entries of this organization (or department) ID. */
                orgId?: number;
                /** @description Only buckets with this delegation mode. */
                delegationMode?: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED";
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscoveryBucketSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createDiscoveryBucket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiscoveryBucketCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscoveryBucketCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDiscoveryBucket: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID (UUID) of the discovery bucket. */
                bucketId: components["parameters"]["BucketId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscoveryBucket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateDiscoveryBucket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID (UUID) of the discovery bucket. */
                bucketId: components["parameters"]["BucketId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiscoveryBucketUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscoveryBucketUpdateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteDiscoveryBucket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID (UUID) of the discovery bucket. */
                bucketId: components["parameters"]["BucketId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    resetDiscoveryBucketClientSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID (UUID) of the discovery bucket. */
                bucketId: components["parameters"]["BucketId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscoveryBucketSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    delegateDiscoveryBucket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID (UUID) of the discovery bucket. */
                bucketId: components["parameters"]["BucketId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DelegateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscoveryBucketDelegations"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDiscoveryBucketCertificates: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID (UUID) of the discovery bucket. */
                bucketId: components["parameters"]["BucketId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscoveredCertificatePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    runDiscoveryBucketRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID (UUID) of the discovery bucket. */
                bucketId: components["parameters"]["BucketId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    assignDiscoveryBucketCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID (UUID) of the discovery bucket. */
                bucketId: components["parameters"]["BucketId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDiscoveryOperations: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description Kind of discovery task. */
                taskType: "ad_task" | "net_task" | "azure_task";
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscoveryOperationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    stopDiscoveryOperation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kind of discovery task. */
                taskType: "ad_task" | "net_task" | "azure_task";
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
                /** @description ID of the discovery operation (one run of a task). */
                operationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDiscoveryOperationResult: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description Kind of discovery task. */
                taskType: "ad_task" | "net_task" | "azure_task";
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
                /** @description ID of the discovery operation (one run of a task). */
                operationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscoveryFindingPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the description. */
                description?: string;
                /** @description Only the entry with this ID. */
                id?: number;
                /** @description Only entries of this organization (or department) ID. */
                orgId?: number;
                /** @description Only notifications with this organization scope. */
                selectedOrgType?: "ANY" | "ANYDEPT" | "SELECTED";
                /** @description Only entries of this type. */
                type?: components["schemas"]["NotificationType"];
                /** @description Only certificates of this profile ID. */
                certTypeId?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createNotification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listNotificationTypes: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationType"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the notification setting. */
                notificationId: components["parameters"]["NotificationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the notification setting. */
                notificationId: components["parameters"]["NotificationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAdmins: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the login name. */
                login?: string;
                /** @description Match on the e-mail address. */
                email?: string;
                /** @description Only administrators in this state. */
                activeState?: "ACTIVE" | "SUSPENDED";
                /** @description Only entries of this organization (or department) ID. */
                orgId?: number;
                /** @description Only entries of this type. */
                type?: "STANDARD" | "IDP" | "SAS" | "API" | "DYNAMIC_IDP_TEMPLATE";
                /** @description Only administrators created from this IdP template. */
                templateId?: number;
                /** @description Only entries linked to this identity provider. */
                identityProviderId?: number;
                /** @description Only administrators with this role. */
                role?: "MRAO" | "RAO_SSL" | "RAO_SMIME" | "RAO_CS" | "RAO_DEVICE" | "DRAO_SSL" | "DRAO_SMIME" | "DRAO_CS" | "DRAO_DEVICE" | "RAO_BRAND" | "DRAO_BRAND";
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAdmin: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the administrator. */
                adminId: components["parameters"]["AdminId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Admin"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the administrator. */
                adminId: components["parameters"]["AdminId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteAdmin: {
        parameters: {
            query?: {
                /** @description Administrator who takes over the requests of the deleted one. */
                replacingRequesterId?: number;
            };
            header?: never;
            path: {
                /** @description ID of the administrator. */
                adminId: components["parameters"]["AdminId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAdminRoles: {
        parameters: {
            query?: {
                /** @description List the roles that can be assigned when editing an administrator. */
                isForEdit?: boolean;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRole"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAdminPrivileges: {
        parameters: {
            query: {
                /** @description Roles to list privileges for; repeat the parameter for several. */
                role: components["schemas"]["AdminRole"][];
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminPrivilege"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listIdentityProviders: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    unlinkAdminFromTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the administrator. */
                adminId: components["parameters"]["AdminId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the Admin API documents 200 without a body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAdminPasswordState: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminPasswordState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    changeAdminPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Current password of the administrator. With header login this is the `password` credential that is sent anyway; on the Admin API (OAuth2) it must be sent explicitly, which the Admin API document makes required. */
                password?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listIdpTemplates: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only entries of this organization (or department) ID. */
                orgId?: number;
                /** @description Only entries linked to this identity provider. */
                identityProviderId?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdpTemplate"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createIdpTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdpTemplateRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getIdpTemplate: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the IdP template. */
                templateId: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdpTemplateDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateIdpTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the IdP template. */
                templateId: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdpTemplateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteIdpTemplate: {
        parameters: {
            query?: {
                /** @description What happens to administrators created from the template: `UNLINK` keeps them, `DELETE` removes them. */
                relatedAdminsAction?: components["schemas"]["IdpTemplateDeleteOption"];
                /** @description Administrator who takes over the requests of the deleted one. */
                replacingRequesterId?: number;
            };
            header?: never;
            path: {
                /** @description ID of the IdP template. */
                templateId: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listPersons: {
        parameters: {
            query?: {
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only entries of this organization ID. */
                organizationId?: number;
                /** @description Match on the e-mail address. */
                email?: string;
                /** @description Match on the common name. */
                commonName?: string;
                /** @description Match on the phone number. */
                phone?: string;
                /** @description Match on a secondary e-mail address. */
                secondaryEmail?: string;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getPersonIdByEmail: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description E-mail address of the person (URL-encode it). */
                email: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonIdResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getPerson: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the person. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updatePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the person. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deletePersonV1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the person. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getPersonV2: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the person. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonV2"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updatePersonV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the person. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deletePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the person. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the Admin API documents 200 without a body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    importPersonPrivateKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the person. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Pkcs12ImportRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyImportResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    importPersonPrivateKeyV1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the person. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Pkcs12ImportRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyImportResultV1"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    sendPersonInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the person. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationRequestV2"];
            };
        };
        responses: {
            /** @description Accepted; the work finishes in the background. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    sendPersonInvitationV1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the person. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationRequestV1"];
            };
        };
        responses: {
            /** @description Accepted; the work finishes in the background. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listPersonInvitationEndpoints: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the person. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationEndpoint"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listPersonInvitationEndpointAccounts: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the person. */
                personId: components["parameters"]["PersonId"];
                /** @description ID of the enrollment endpoint. */
                endpointId: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmimeEndpointAccount"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDomains: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only entries in this state. */
                state?: "active" | "inactive";
                /** @description Only entries with this status. */
                status?: "requested" | "approved";
                /** @description Only entries of this organization (or department) ID. */
                orgId?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createDomain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    countDomains: {
        parameters: {
            query?: {
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only entries in this state. */
                state?: "active" | "inactive";
                /** @description Only entries with this status. */
                status?: "requested" | "approved";
                /** @description Only entries of this organization (or department) ID. */
                orgId?: number;
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDomain: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the domain. */
                domainId: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the domain. */
                domainId: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the Admin API documents 200 without a body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateDomainMonitoring: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the domain. */
                domainId: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CtLogMonitoringRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    activateDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the domain. */
                domainId: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    suspendDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the domain. */
                domainId: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    delegateDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the domain. */
                domainId: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainDelegation"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    removeDomainDelegation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the domain. */
                domainId: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainDelegation"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    delegateDomains: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainsDelegation"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    approveDomainDelegation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the domain. */
                domainId: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainApproveDelegation"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    rejectDomainDelegation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the domain. */
                domainId: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainApproveDelegation"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listOrganizationsManagedByRole: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description Administrator role to filter by. */
                role: "MRAO" | "RAO_SSL" | "RAO_SMIME" | "RAO_CS" | "RAO_DEVICE" | "DRAO_SSL" | "DRAO_SMIME" | "DRAO_CS" | "DRAO_DEVICE" | "RAO_BRAND" | "DRAO_BRAND";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listOrganizationsForReportType: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description Certificate type the report is about. */
                certType: "SSL" | "Client" | "Device" | "CodeSign";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getOrganization: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the organization or department. */
                orgId: components["parameters"]["OrgId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDetailsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the organization or department. */
                orgId: components["parameters"]["OrgId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDetailsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the organization or department. */
                orgId: components["parameters"]["OrgId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the Admin API documents 200 without a body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listOrganizationValidations: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the organization or department. */
                orgId: components["parameters"]["OrgId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationValidationSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getOrganizationValidation: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the organization or department. */
                orgId: components["parameters"]["OrgId"];
                /** @description ID of the organization validation. */
                validationId: components["parameters"]["ValidationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationValidation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    resetOrganizationValidation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the organization or department. */
                orgId: components["parameters"]["OrgId"];
                /** @description ID of the organization validation. */
                validationId: components["parameters"]["ValidationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    submitOrganizationValidation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the organization or department. */
                orgId: components["parameters"]["OrgId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationValidationRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    resubmitOrganizationValidation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the organization or department. */
                orgId: components["parameters"]["OrgId"];
                /** @description ID of the organization validation. */
                validationId: components["parameters"]["ValidationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationRevalidationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationValidation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    changeOrganizationValidator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the organization or department. */
                orgId: components["parameters"]["OrgId"];
                /** @description ID of the organization validation. */
                validationId: components["parameters"]["ValidationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidatorChangeRequest"];
            };
        };
        responses: {
            /** @description Accepted; the work finishes in the background. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    syncOrganizationValidation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the organization or department. */
                orgId: components["parameters"]["OrgId"];
                /** @description ID of the organization validation. */
                validationId: components["parameters"]["ValidationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationValidation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createExternalValidationAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the organization or department. */
                orgId: components["parameters"]["OrgId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalValidationAssignmentRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateExternalValidationAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the organization or department. */
                orgId: components["parameters"]["OrgId"];
                /** @description ID of the organization validation. */
                validationId: components["parameters"]["ValidationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalValidationAssignmentUpdateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the work finishes in the background. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listCaBackends: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaBackend"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    streamReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StreamReportRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getActivityReport: {
        parameters: {
            query?: {
                /** @description How the report is produced; the documented value is `buffered` (the whole JSON report in one body). */
                output_type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityReportRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityReportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSslCertificatesReport: {
        parameters: {
            query?: {
                /** @description How the report is produced; the documented value is `buffered` (the whole JSON report in one body). */
                output_type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SslCertificatesReportRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SslReportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getBimiCertificatesReport: {
        parameters: {
            query?: {
                /** @description How the report is produced; the documented value is `buffered` (the whole JSON report in one body). */
                output_type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BimiCertificatesReportRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BimiReportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSmimeCertificatesReport: {
        parameters: {
            query?: {
                /** @description How the report is produced; the documented value is `buffered` (the whole JSON report in one body). */
                output_type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmimeCertificatesReportRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmimeReportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDeviceCertificatesReport: {
        parameters: {
            query?: {
                /** @description How the report is produced; the documented value is `buffered` (the whole JSON report in one body). */
                output_type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceCertificatesReportRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceReportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDomainsReport: {
        parameters: {
            query?: {
                /** @description How the report is produced; the documented value is `buffered` (the whole JSON report in one body). */
                output_type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainReportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAcmeServers: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Only servers of this CA. */
                caId?: number;
                /** @description Only this validation level. */
                certValidationType?: "DV" | "OV" | "EV";
                /** @description Match on the server URL. */
                url?: string;
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcmeServer"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAcmeAccounts: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Only entries of this organization ID. */
                organizationId?: number;
                /** @description Only this validation level. */
                certValidationType?: "DV" | "OV" | "EV";
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only accounts on this ACME server (by name). */
                acmeServer?: string;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcmeAccount"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createAcmeAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcmeAccountCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAcmeAccountsV1: {
        parameters: {
            query?: {
                /** @description Only entries of this organization ID. */
                organizationId?: number;
                /** @description Only this validation level. */
                certValidationType?: "DV" | "OV" | "EV";
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only accounts on this ACME server (by name). */
                acmeServer?: string;
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcmeAccountV1"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createAcmeAccountV1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcmeAccountCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAcmeAccount: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcmeAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateAcmeAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcmeAccountUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteAcmeAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAcmeAccountV1: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcmeAccountV1"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateAcmeAccountV1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcmeAccountUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteAcmeAccountV1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAcmeAccountDomains: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only domains whose validation expires within this many days. */
                expiresWithinNextDays?: number;
                /** @description Like expiresWithinNextDays, counted from the sticky expiry date. */
                stickyExpiresWithinNextDays?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcmeAccountDomain"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    addAcmeAccountDomains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcmeDomainList"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcmeDomainsNotAdded"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    removeAcmeAccountDomains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcmeDomainList"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcmeDomainsNotRemoved"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    addAcmeAccountDomainsV1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcmeDomainList"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcmeDomainsNotAdded"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    removeAcmeAccountDomainsV1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcmeDomainList"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcmeDomainsNotRemoved"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAcmeAccountClients: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the ACME client contact (e-mail). */
                contacts?: string;
                /** @description Match on the ACME client user agent. */
                userAgent?: string;
                /** @description Match on the client IP address. */
                ipAddress?: string;
                /** @description Only entries with this status. */
                status?: string[];
                /** @description Only clients active within this many past days. */
                lastActivityWithinPrevDays?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcmeClient"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deactivateAcmeAccountClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
                /** @description ID (UUID) of the ACME client registration, as shown in its `accountId` field. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listUniversalAcmeAccounts: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Only entries of this organization ID. */
                organizationId?: number;
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only accounts on this ACME server (by name). */
                acmeServer?: string;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UniversalAcmeAccount"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createUniversalAcmeAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UniversalAcmeAccountCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getUniversalAcmeAccount: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UniversalAcmeAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateUniversalAcmeAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UniversalAcmeAccountUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteUniversalAcmeAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listUniversalAcmeAccountClients: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the ACME client user agent. */
                userAgent?: string;
                /** @description Match on the client IP address. */
                ipAddress?: string;
                /** @description Only entries with this status. */
                status?: string[];
                /** @description Only clients active within this many past days. */
                lastActivityWithinPrevDays?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UniversalAcmeClient"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deactivateUniversalAcmeAccountClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the ACME account. */
                acmeAccountId: components["parameters"]["AcmeAccountId"];
                /** @description ID (UUID) of the ACME client registration, as shown in its `accountId` field. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listNetworkAgents: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Only entries of this organization (or department) ID. */
                orgId?: number;
                /** @description With orgId: also match the departments of that organization. */
                includeDepOfOrg?: boolean;
                /** @description Match on the agent version. */
                version?: string;
                /** @description Only entries with this status. */
                status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED";
                /** @description Only the entry with this ID. */
                id?: number;
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only active (`true`) or inactive (`false`) agents; leave out for both. */
                active?: boolean;
                /** @description Send `true` to get only the total in `X-Total-Count` and an empty body. */
                countOnly?: boolean;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkAgentSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createNetworkAgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkAgentCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkAgentCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getNetworkAgent: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the network agent. */
                agentId: components["parameters"]["NetworkAgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkAgent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateNetworkAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the network agent. */
                agentId: components["parameters"]["NetworkAgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkAgentUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteNetworkAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the network agent. */
                agentId: components["parameters"]["NetworkAgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listNetworkAgentServers: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Match on the server vendor. */
                vendor?: "APACHE_2" | "IIS" | "TOMCAT" | "F5_BIG_IP";
                /** @description Only entries with this status. */
                status?: "INIT" | "ACTIVE" | "INACTIVE" | "RESTART_REQUIRED" | "RESTARTING";
                /** @description Send `true` to get only the total in `X-Total-Count` and an empty body. */
                countOnly?: boolean;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the network agent. */
                agentId: components["parameters"]["NetworkAgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkAgentServerSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createNetworkAgentServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the network agent. */
                agentId: components["parameters"]["NetworkAgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkAgentServerCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getNetworkAgentServer: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the network agent. */
                agentId: components["parameters"]["NetworkAgentId"];
                /** @description ID of the server managed by the network agent. */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkAgentServer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateNetworkAgentServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the network agent. */
                agentId: components["parameters"]["NetworkAgentId"];
                /** @description ID of the server managed by the network agent. */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkAgentServerUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteNetworkAgentServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the network agent. */
                agentId: components["parameters"]["NetworkAgentId"];
                /** @description ID of the server managed by the network agent. */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listNetworkAgentServerNodes: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Match on the node alias. */
                alias?: string;
                /** @description Match on the node protocol. */
                protocol?: "HTTP" | "HTTPS" | "UNKNOWN";
                /** @description Match on the node IP address. */
                address?: string;
                /** @description Match on the port number. */
                port?: number;
                /** @description Only nodes using this SSL certificate. */
                sslId?: number;
                /** @description Send `true` to get only the total in `X-Total-Count` and an empty body. */
                countOnly?: boolean;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the network agent. */
                agentId: components["parameters"]["NetworkAgentId"];
                /** @description ID of the server managed by the network agent. */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkAgentServerNodeSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getNetworkAgentServerNode: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the network agent. */
                agentId: components["parameters"]["NetworkAgentId"];
                /** @description ID of the server managed by the network agent. */
                serverId: components["parameters"]["ServerId"];
                /** @description ID of the server node. */
                nodeId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkAgentServerNode"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listMsAgents: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only active (`true`) or inactive (`false`) entries; leave out for both. */
                active?: boolean;
                /** @description Match on the agent version. */
                version?: string;
                /** @description Only entries with this status. */
                status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED";
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MsAgentSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createMsAgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MsAgentCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MsAgentCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getMsAgent: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the MS agent. */
                agentId: components["parameters"]["MsAgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MsAgent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateMsAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the MS agent. */
                agentId: components["parameters"]["MsAgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MsAgentUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteMsAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the MS agent. */
                agentId: components["parameters"]["MsAgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDnsConnectors: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only entries with this status. */
                status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED";
                /** @description Only entries of these organization IDs. */
                orgIds?: number[];
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DnsConnectorSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDnsConnector: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID (UUID) of the DNS connector. */
                connectorId: components["parameters"]["ConnectorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DnsConnector"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDnsConnectorProviders: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID (UUID) of the DNS connector. */
                connectorId: components["parameters"]["ConnectorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAzureAccounts: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AzureAccountSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createAzureAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AzureAccountCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAzureAccount: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the Azure Key Vault account. */
                azureAccountId: components["parameters"]["AzureAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AzureAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateAzureAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the Azure Key Vault account. */
                azureAccountId: components["parameters"]["AzureAccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AzureAccountUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteAzureAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the Azure Key Vault account. */
                azureAccountId: components["parameters"]["AzureAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    delegateAzureAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the Azure Key Vault account. */
                azureAccountId: components["parameters"]["AzureAccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DelegateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AzureAccountDelegations"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    checkAzureAccount: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the Azure Key Vault account. */
                azureAccountId: components["parameters"]["AzureAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AzureAccountCheck"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAzureResourceGroups: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the Azure Key Vault account. */
                azureAccountId: components["parameters"]["AzureAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AzureResourceGroup"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAzureKeyVaults: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the Azure Key Vault account. */
                azureAccountId: components["parameters"]["AzureAccountId"];
                /** @description Azure subscription ID. */
                subscriptionId: string;
                /** @description Name of the Azure resource group. */
                resourceGroupName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AzureKeyVaultSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listEnrollmentEndpoints: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Match on the endpoint URI extension. */
                uriExtension?: string;
                /** @description Endpoint types to include; repeat the parameter for several. */
                endpointTypes?: ("SSL_WEB_FORM" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "CODE_SIGN_WEB_FORM" | "BULK_ENROLLMENT_WEB_FORM" | "PUBLIC_ACME" | "PRIVATE_ACME" | "SMIME_SCEP" | "DEVICE_SCEP" | "SMIME_SCEP_INTUNE" | "DEVICE_SCEP_INTUNE" | "SSL_EST" | "SMIME_EST" | "DEVICE_EST" | "SSL_REST_API" | "CLIENT_REST_API" | "DEVICE_REST_API" | "CODE_SIGN_REST_API")[];
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentEndpointSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createEnrollmentEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollmentEndpointRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getEnrollmentEndpoint: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the enrollment endpoint. */
                endpointId: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateEnrollmentEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the enrollment endpoint. */
                endpointId: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollmentEndpointUpdateRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteEnrollmentEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the enrollment endpoint. */
                endpointId: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getEnrollmentEndpointConfig: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the enrollment endpoint. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentEndpointConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateEnrollmentEndpointConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the enrollment endpoint. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollmentEndpointConfigUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    delegateEnrollmentEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the enrollment endpoint. */
                endpointId: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": number[];
            };
        };
        responses: {
            /** @description Done; the Admin API also documents 201 without a body. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    removeEnrollmentEndpointDelegations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the enrollment endpoint. */
                endpointId: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listEndpointAccounts: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the enrollment endpoint. */
                endpointId: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointAccountSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createEndpointAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the enrollment endpoint. */
                endpointId: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicAcmeEndpointAccountRequest"] | components["schemas"]["SslMaggieEndpointAccountRequest"] | components["schemas"]["CodeSignWebFormAccountRequest"] | components["schemas"]["DeviceWebFormAccountRequest"] | components["schemas"]["SslWebFormAccountRequest"] | components["schemas"]["SmimeWebFormAccountRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getEndpointAccount: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description ID of the enrollment endpoint. */
                endpointId: components["parameters"]["EndpointId"];
                /** @description ID of the endpoint account. */
                accountId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateEndpointAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the enrollment endpoint. */
                endpointId: components["parameters"]["EndpointId"];
                /** @description ID of the endpoint account. */
                accountId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicAcmeEndpointAccountRequest"] | components["schemas"]["SslMaggieEndpointAccountRequest"] | components["schemas"]["CodeSignWebFormAccountRequest"] | components["schemas"]["DeviceWebFormAccountRequest"] | components["schemas"]["SslWebFormAccountRequest"] | components["schemas"]["SmimeWebFormAccountRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteEndpointAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the enrollment endpoint. */
                endpointId: components["parameters"]["EndpointId"];
                /** @description ID of the endpoint account. */
                accountId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSslCertificateProfilesV2: {
        parameters: {
            query?: {
                /** @description Only entries of this organization ID. */
                organizationId?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateProfile"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSslCustomFieldsV2: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldV1"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSslCertificateLocationsV2: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createSslCertificateLocationV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSslCertificateLocationV2: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
                /** @description ID of the certificate location. */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateSslCertificateLocationV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
                /** @description ID of the certificate location. */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteSslCertificateLocationV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
                /** @description ID of the certificate location. */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSslCertificatesV2: {
        parameters: {
            query?: {
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Match on the common name. */
                commonName?: string;
                /** @description Match on a subject alternative name. */
                subjectAlternativeName?: string;
                /** @description Only entries with this status (Admin API spelling). */
                status?: "Invalid" | "Requested" | "Approved" | "Declined" | "Applied" | "Issued" | "Revoked" | "Expired" | "Replaced" | "Rejected" | "SA Approved" | "Init";
                /** @description Only certificates of this SSL profile ID. */
                sslTypeId?: number;
                /**
                 * @deprecated
                 * @description Use requestedVia instead.
                 */
                discoveryStatus?: "NotDeployed" | "Deployed";
                /** @description Match on the server vendor. */
                vendor?: string;
                /** @description Only entries of this organization (or department) ID. */
                orgId?: number;
                /** @description Only certificates in this auto-installation state (Admin API spelling). */
                installStatus?: "Not configured" | "Not started" | "Key processing" | "Key and CSR ready" | "Certificate processing" | "Installation scheduled" | "Installation processing" | "Action required" | "Ready for install" | "Server restart required" | "Completed" | "Invalid configuration";
                /** @description Only certificates in this auto-renewal state (Admin API spelling). */
                renewalStatus?: "Not scheduled" | "Scheduled" | "Started" | "Successful" | "Failed";
                /** @description Match on the issuer DN. */
                issuer?: string;
                /** @description Match on the serial number. */
                serialNumber?: string;
                /** @description Match on the requester. */
                requester?: string;
                /** @description Match on the external requester e-mail. */
                externalRequester?: string;
                /** @description Match on the signature algorithm. */
                signatureAlgorithm?: string;
                /** @description Match on the public key algorithm (e.g. RSA, EC). */
                keyAlgorithm?: string;
                /**
                 * @deprecated
                 * @description Use keyParam instead.
                 */
                keySize?: number;
                /** @description Match on the key size or curve name. */
                keyParam?: string;
                /** @description Match on the SHA-1 fingerprint. */
                sha1Hash?: string;
                /** @description Match on the MD5 fingerprint. */
                md5Hash?: string;
                /** @description Match on the SHA-256 fingerprint. */
                sha256Hash?: string;
                /** @description Match on a key usage. */
                keyUsage?: string;
                /** @description Match on an extended key usage (name or OID). */
                extendedKeyUsage?: string;
                /** @description Only certificates requested through this channel (Admin API spelling). */
                requestedVia?: "Enrollment Form" | "Client Admin" | "Web API" | "Discovery" | "Imported" | "SCEP" | "CD Agent" | "MS Agent" | "MS CA" | "Bulk Request" | "ACME" | "EST" | "REST API";
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SslCertificateSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateSslCertificateV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SslCertificateUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDetailsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSslCertificateV2: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDetailsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteSslCertificateV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSslCertificateDcvV2: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    recheckSslCertificateDcvV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; the work finishes in the background. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    enrollSslCertificateV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    enrollSslCertificateWithKeyGenerationV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollKeyGenRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    collectSslCertificateV2: {
        parameters: {
            query?: {
                /** @description Format of the download. PEM text: `x509`, `x509R`, `pem` (certificate with chain), `x509CO`, `pemco` (certificate only), `pemia` (certificate, then issuers), `x509IO` (root and intermediates only), `x509IOR` (intermediates then root); `base64` is PKCS#7 as PEM text (the default); `bin` is PKCS#7 DER (binary). */
                format?: components["parameters"]["CollectFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createSslKeystoreDownloadLinkV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
                /** @description What to download: `key` (the private key, Base64), `p12` (PKCS#12, Base64), `p12aes` (certificate and key as AES-protected PKCS#12), `jks` (Java KeyStore) or `pem` (certificate and encrypted key as PEM). */
                format: "key" | "p12" | "p12aes" | "jks" | "pem";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KeystoreDownloadLinkRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeystoreDownloadLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    approveSslCertificateV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    declineSslCertificateV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeSslCertificateV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeRequestV2"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeSslCertificateBySerialV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Serial number of the certificate (hex, with or without colons). */
                serialNumber: components["parameters"]["SerialNumber"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeRequestV2"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    markSslCertificateRevokedV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManualRevokeRequestV2"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    renewSslCertificateByRenewIdV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Renew ID returned when the certificate was enrolled. */
                renewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenewRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    renewSslCertificateV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenewRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenewResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    markSslCertificateRenewedV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenewManualRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    replaceSslCertificateV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the SSL certificate (sslId). */
                sslId: components["parameters"]["SslId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSmimeCertificateProfilesV2: {
        parameters: {
            query?: {
                /** @description Only entries of this organization ID. */
                organizationId?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateProfile"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSmimeCustomFieldsV2: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldV1"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSmimeCertificateV2: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmimeCertificate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateSmimeCertificateV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmimeCertificateUpdateRequest"];
            };
        };
        responses: {
            /** @description The certificate after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDetailsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteSmimeCertificateV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    enrollSmimeCertificateV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmimeEnrollRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmimeEnrollResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    downloadSmimeCertificateKeystoreV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SCM ID of the client (S/MIME) certificate. */
                certId: components["parameters"]["SmimeCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmimeKeystoreRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeSmimeCertificateByBackendIdV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Order number of the certificate at the CA (backend certificate ID). */
                backendCertId: components["parameters"]["BackendCertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmimeRevokeRequestV2"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeSmimeCertificateBySerialV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Serial number of the certificate (hex, with or without colons). */
                serialNumber: components["parameters"]["SerialNumber"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmimeRevokeRequestV2"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeSmimeCertificatesByEmailV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeByEmailRequestV2"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    markSmimeCertificateRevokedV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManualRevokeRequestV2"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDomainValidationsV2: {
        parameters: {
            query?: {
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Match on the domain name. */
                domain?: string;
                /** @description Organization ID. */
                org?: number;
                /** @description Department ID. */
                department?: number;
                /** @description Validation status code, e.g. NOT_VALIDATED, VALIDATED, EXPIRED. */
                dcvStatus?: string;
                /** @description DCV order status code, e.g. NOT_INITIATED, SUBMITTED. */
                orderStatus?: string;
                /** @description Only validations expiring within this many days. */
                expiresIn?: number;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainValidationSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    syncDomainValidationV2: {
        parameters: {
            query?: {
                /** @description Refresh from the CA even when the cached state looks current. */
                force?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvStatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    clearDomainValidationV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvOrderResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteDomainValidationV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startDomainValidationTxtV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startDomainValidationHttpV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvHttpInstructions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startDomainValidationHttpsV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvHttpInstructions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    submitDomainValidationHttpV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvOrderResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    submitDomainValidationHttpsV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvOrderResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startDomainValidationCnameV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvCnameInstructions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    submitDomainValidationCnameV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DcvCnameSubmitRequestV2"];
            };
        };
        responses: {
            /** @description Success; the Admin API document answers with the file-validation shape. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvHttpInstructions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    submitDomainValidationTxtV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvOrderResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startDomainValidationEmailV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainNameRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvEmailOptions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    submitDomainValidationEmailV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DcvEmailSubmitRequest"];
            };
        };
        responses: {
            /** @description Success; the Admin API document answers with the e-mail choices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvEmailOptions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    submitDomainValidationEmailBulkV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DcvEmailBulkSubmitRequest"];
            };
        };
        responses: {
            /** @description Success; the Admin API document answers with the e-mail choices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DcvEmailOptions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startNetworkScanTaskV4: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startAdScanTaskV4: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the discovery task. */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listPersonsV2: {
        parameters: {
            query?: {
                /** @description Offset of the first entry to return (0 is the first). */
                position?: components["parameters"]["Position"];
                /** @description Page size: how many entries to return (at most 200). */
                size?: components["parameters"]["Size"];
                /** @description Match on the name (partial, case-insensitive). */
                name?: string;
                /** @description Only entries of this organization ID. */
                organizationId?: number;
                /** @description Match on the e-mail address. */
                email?: string;
                /** @description Match on the common name. */
                commonName?: string;
                /** @description Match on the phone number. */
                phone?: string;
                /** @description Match on a secondary e-mail address. */
                secondaryEmail?: string;
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonV2"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createPersonV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonRequest"];
            };
        };
        responses: {
            /** @description Created; the `Location` header names the new resource. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getPersonIdByEmailV2: {
        parameters: {
            query?: {
                /** @description How dates in the response are written. Either a preset name (case-insensitive): `ISO` (yyyy-MM-dd), `ISO_HMS` (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), `EU` (dd.MM.yyyy), `EU_HMS` (dd.MM.yyyy HH:mm:ss), `US` (MM/dd/yyyy), `US_HMS` (MM/dd/yyyy HH:mm:ss), `UK` (dd/MM/yyyy), `UK_HMS` (dd/MM/yyyy HH:mm:ss), `JP` (yyyy/MM/dd), `JP_HMS` (yyyy/MM/dd HH:mm:ss), or the matching pattern itself. */
                dateFormat?: components["parameters"]["DateFormat"];
            };
            header?: never;
            path: {
                /** @description E-mail address of the person (URL-encode it). */
                email: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonIdResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    validateAcmeEvDetails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcmeEvDetails"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcmeAccountDomainList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["UnexpectedError"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
