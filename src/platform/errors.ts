/**
 * The few typed errors that use cases throw. Only the edges (pages, API) map them to HTTP.
 */
export type InvalidParam = { name: string; reason: string; code?: string };

export class DomainError extends Error {
  constructor(
    message: string,
    public readonly status: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(message = 'Not found') {
    super(message, 404);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Forbidden') {
    super(message, 403);
  }
}

export class ConflictError extends DomainError {
  constructor(message = 'Conflict') {
    super(message, 409);
  }
}

export class ValidationError extends DomainError {
  constructor(
    public readonly invalidParams: InvalidParam[],
    message = 'Invalid input',
  ) {
    super(message, 400);
  }
}

/** 412: the If-Match (or the form's version) names an older version than the stored one. */
export class PreconditionFailedError extends DomainError {
  constructor(message = 'The resource was changed by someone else since you read it; read it again and retry') {
    super(message, 412);
  }
}

/** 428: a write without If-Match; the API refuses blind overwrites. */
export class PreconditionRequiredError extends DomainError {
  constructor(message = 'Send If-Match with the ETag of the version you read') {
    super(message, 428);
  }
}
