/** Joins the credential's base URL and an API path without doubling or losing the slash between. */
export function joinUrl(baseUrl: string, path: string): string {
	return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * Encodes a value typed by a user as one path segment, so `/`, `?` or `#` in a code cannot change
 * the path. A value made only of dots cannot be sent at all: URL parsers read `.`/`..` (encoded or
 * not) as "this/parent folder".
 */
export function toPathSegment(value: string | number): string {
	const text = String(value);
	if (/^\.+$/.test(text))
		throw new Error(
			`"${text}" is not a valid key: a value made only of dots would change the request path`,
		);
	return encodeURIComponent(text);
}

/** Fills `{name}` placeholders of an endpoint path with encoded values. */
export function fillPath(template: string, params: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
		const value = params[name];
		if (value === undefined || value === '')
			throw new Error(`The path parameter "${name}" of ${template} has no value`);
		return toPathSegment(value);
	});
}
