/** Joins the credential's base URL and an API path without doubling or losing the slash between. */
export function joinUrl(baseUrl: string, path: string): string {
	return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * Encodes a value typed by a user as one path segment. encodeURIComponent leaves `.` alone, so a
 * value of `.` or `..` would still walk the path; those dots are encoded as well.
 */
export function toPathSegment(value: string | number): string {
	const text = String(value);
	if (/^\.{1,2}$/.test(text)) return text.replace(/\./g, '%2E');
	return encodeURIComponent(text);
}

/** Fills `{name}` placeholders of an endpoint path with encoded values. */
export function fillPath(template: string, params: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
		const value = params[name];
		if (value === undefined || value === '') {
			throw new Error(`The path parameter "${name}" of ${template} has no value`);
		}
		return toPathSegment(value);
	});
}
