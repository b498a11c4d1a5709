import type { RequestBody } from "./types.js";

/** FormData, Blobs, and objects sent as multipart or URL-encoded forms (see encodeBody). */
export async function encodeForm(
  body: unknown,
  contentType: string | undefined,
): Promise<{ body: RequestBody | undefined; contentType: string | undefined }> {
  const type = contentType ?? "application/json";
  if (typeof FormData !== "undefined" && body instanceof FormData) {
    // The runtime's own multipart encoder picks the boundary; the bytes are kept for every attempt.
    const encoded = new Response(body);
    return {
      body: new Uint8Array(await encoded.arrayBuffer()),
      contentType: encoded.headers.get("content-type") ?? undefined,
    };
  }
  if (typeof Blob !== "undefined" && body instanceof Blob) {
    return {
      body: new Uint8Array(await body.arrayBuffer()),
      contentType: contentType ?? (body.type || "application/octet-stream"),
    };
  }
  if (type.includes("multipart/form-data") && typeof body === "object" && body !== null) {
    const form = new FormData();
    for (const [key, value] of Object.entries(body)) {
      if (value === undefined || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item instanceof Blob) form.append(key, item);
        else if (item instanceof Uint8Array || item instanceof ArrayBuffer)
          form.append(key, new Blob([item as BlobPart]), key);
        else form.append(key, typeof item === "object" ? JSON.stringify(item) : String(item));
      }
    }
    return encodeForm(form, undefined);
  }
  if (type.includes("x-www-form-urlencoded") && typeof body === "object" && body !== null) {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(body)) {
      if (value === undefined || value === null) continue;
      if (Array.isArray(value)) for (const item of value) form.append(key, String(item));
      else form.append(key, String(value));
    }
    return { body: form.toString(), contentType: type };
  }
  return { body: JSON.stringify(body), contentType: type };
}
