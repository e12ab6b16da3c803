// Calls to the WhoSaid JSON API (see API.md). Failures become ApiError with a message fit for the reader.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/** GETs a JSON document; rejects with ApiError carrying the server's {error, message} when there is one. */
export async function getJson(path, params, signal) {
  const query = params && params.toString() ? `?${params}` : '';
  let response;
  try {
    response = await fetch(`${path}${query}`, { headers: { Accept: 'application/json' }, signal });
  } catch (cause) {
    if (cause && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'The WhoSaid server could not be reached. Check that it is running, then try again.');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const message = body && typeof body.message === 'string' && body.message
      ? body.message
      : `The server answered ${response.status} ${response.statusText}.`;
    throw new ApiError(response.status, body && body.error ? body.error : 'http', message);
  }
  if (body === null) throw new ApiError(response.status, 'bad_response', 'The server sent an answer the page could not read.');
  return body;
}

export const api = {
  search: (params, signal) => getJson('/api/search', params, signal),
  quote: (id, signal) => getJson(`/api/quotes/${encodeURIComponent(id)}`, null, signal),
  speaker: (name, signal) => getJson(`/api/speakers/${encodeURIComponent(name)}`, null, signal),
  exportUrl: (params, format) => {
    const query = new URLSearchParams(params);
    query.delete('page');
    query.set('format', format);
    return `/api/export?${query}`;
  },
};
