/** ApiPromises built by hand-written methods, so they keep `withResponse()` like every other call. */
import { ApiPromise, type ApiResponse, UnexpectedResponseError } from "@trustplane/core";

/** An ApiPromise of `work`'s data, with `withResponse()` giving the answer `work` reports. */
export function apiPromise<T>(work: () => Promise<{ data: T; response: ApiResponse }>): ApiPromise<T> {
  return new ApiPromise<T>(
    Promise.resolve()
      .then(work)
      .then(({ data, response }) => ({
        data,
        response: {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
          body: undefined,
          url: response.url,
        },
        requestId: response.requestId,
        body: response.body,
      })),
  );
}

/** The `X-Total-Count` of a count (HEAD) call, as a number. */
export function totalCount(call: ApiPromise<unknown>, what: string): ApiPromise<number> {
  return apiPromise(async () => {
    const { response } = await call.withResponse();
    const header = response.headers.get("x-total-count");
    const total = header === null || header.trim() === "" ? Number.NaN : Number(header);
    if (!Number.isInteger(total) || total < 0) {
      throw new UnexpectedResponseError(`${what} answered ${response.status} without a usable X-Total-Count header`, {
        status: response.status,
        operation: what,
        requestId: response.requestId,
      });
    }
    return { data: total, response };
  });
}
