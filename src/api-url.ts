// The incident.io base URL, checked the same way for the action input and the CLI: the API key
// travels in every request, so it must go over https; plain http is only for a server on this
// machine (the local emulator on a loopback address). Checked before any request is made.

export interface ApiUrlProblem {
  /** What is wrong, naming the value. */
  message: string;
}

/** `/v1` or `/v2` at the end: a copy-paste from incident.io's endpoint docs that would make every request `/v2/v2/...`. */
export function apiVersionSuffix(url: string): string {
  return /\/v[12]\/*$/.exec(url)?.[0].replace(/\/+$/, '') ?? '';
}

/** 127.0.0.0/8, localhost and ::1: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * The URL without trailing slashes, or the problem with it. `source` names where the value came
 * from in the words the user knows (`Input \`incidentio-api-url\``, `--api-url`).
 */
export function checkApiUrl(raw: string, source: string): { url: string } | ApiUrlProblem {
  const url = raw.trim().replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { message: `${source} is not a URL ("${url}"); use https://api.incident.io, or your proxy's https:// base URL.` };
  }
  if (parsed.username || parsed.password) {
    return { message: `${source} must not embed credentials; the key goes in the API key setting, never in the URL.` };
  }
  if (parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname)) {
    return {
      message:
        `${source} must use https:// (got "${parsed.protocol}//${parsed.host}"): the API key travels in every request. ` +
        'Plain http:// is only for the local emulator on a loopback address (127.0.0.1, localhost, [::1]).',
    };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { message: `${source} must be an https:// URL like https://api.incident.io; got "${url}".` };
  }
  const versioned = apiVersionSuffix(url);
  if (versioned) {
    return {
      message:
        `${source} ends with the API version (${versioned}); give the base URL without it, e.g. ` +
        `${url.slice(0, -versioned.length)}: oncall-gate adds /v1 and /v2 to each request itself.`,
    };
  }
  return { url };
}
