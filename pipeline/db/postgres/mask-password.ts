/** A database location fit for logs and error messages: a URL's password becomes `***`. */
export function maskPassword(location: string): string {
  try {
    const url = new URL(location);
    if (!url.password) return location;
    url.password = '***';
    return url.toString();
  } catch {
    // Not a URL (a SQLite path), or one URL cannot parse: hide anything between `:` and `@`.
    return location.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
  }
}
