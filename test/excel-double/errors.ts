/** Errors shaped like OfficeExtension.Error: `code` from Excel.ErrorCodes / OfficeExtension.ErrorCodes. */
export class OfficeError extends Error {
  override readonly name = 'RichApi.Error';

  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { code: string; message: string; errorLocation?: string } = { code, message },
  ) {
    super(message);
  }
}

/** What Office throws when a property is read without load() + sync() (or before that sync). */
export function notLoaded(property: string): OfficeError {
  return new OfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export const fail = (code: string, message: string): never => {
  throw new OfficeError(code, message);
};
