// An error answer of the Bot API, carried from a method to the HTTP response.

export class ApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly retryAfter?: number,
  ) {
    super(description);
  }
}

export function badRequest(detail: string): ApiError {
  return new ApiError(400, `Bad Request: ${detail}`);
}
