export const id = 2755;
export const ids = [2755,8233,5285,8336];
export const modules = {

/***/ 2755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  APP_USAGE: () => (/* binding */ APP_USAGE),
  runAppCommand: () => (/* binding */ runAppCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/describe-error.ts
var describe_error = __webpack_require__(262);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/api-url.ts
var api_url = __webpack_require__(5931);
;// CONCATENATED MODULE: ./src/inputs.ts
// Every action input, read once into one typed object; nothing downstream reads inputs again.
// Names and defaults are the public contract in action.yml (and the README's "Inputs").


const COMMANDS = ['auto', 'validate', 'plan', 'apply', 'gate', 'request', 'review', 'audit'];
/** An input that cannot be used: an `input` error naming it (the message says what to give instead). */
function inputError(input, message) {
    return new src_errors/* OncallGateError */.lN({ kind: 'input', setting: input, message, fix: '' });
}
const envInputReader = (env) => (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
const DEFAULTS = {
    command: 'auto',
    'incidentio-api-url': 'https://api.incident.io',
    'policy-path': 'policies',
    'dry-run': 'false',
    'fail-on-deny': 'true',
    'api-timeout': '60',
    'tests-path': 'policy-tests',
};
/** `api-timeout` bounds: long enough for slow APIs, short of a runner's 6-hour job limit. */
const MAX_API_TIMEOUT_SECONDS = 3600;
function parseTimeout(raw) {
    const seconds = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || seconds < 1 || seconds > MAX_API_TIMEOUT_SECONDS) {
        throw inputError('api-timeout', `Input \`api-timeout\` must be a number of seconds from 1 to ${MAX_API_TIMEOUT_SECONDS}, got "${raw}" (the default is 60).`);
    }
    return seconds;
}
function parseBoolean(name, raw) {
    if (/^true$/i.test(raw))
        return true;
    if (/^false$/i.test(raw))
        return false;
    throw inputError(name, `Input \`${name}\` must be \`true\` or \`false\`, got "${raw}".`);
}
/**
 * Reads and checks every input. The runner applies action.yml defaults; they are applied here
 * too so the CLI, local runs and tests that leave an input unset behave the same.
 */
function readInputs(read) {
    const get = (name) => {
        const value = read(name);
        return value !== '' ? value : (DEFAULTS[name] ?? '');
    };
    const command = get('command').toLowerCase();
    if (!COMMANDS.includes(command)) {
        throw inputError('command', `Input \`command\` is "${command}"; use one of: ${COMMANDS.join(', ')} (auto picks from the event).`);
    }
    const checked = (0,api_url/* checkApiUrl */.Sz)(get('incidentio-api-url'), 'Input `incidentio-api-url`');
    if ('message' in checked)
        throw inputError('incidentio-api-url', checked.message);
    const apiUrl = checked.url;
    const policyPath = get('policy-path').replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    // The repository root itself is refused too: every YAML file in it (workflows included) would be
    // read as a policy.
    if (policyPath === '' || policyPath === '.' || policyPath.startsWith('/') || policyPath.split('/').includes('..')) {
        throw inputError('policy-path', `Input \`policy-path\` must be a folder inside the repository (like "policies"), not its root; got "${read('policy-path')}".`);
    }
    const testsPath = readTestsPath(read, get('tests-path'), policyPath);
    return {
        command: command,
        incidentioApiKey: read('incidentio-api-key'),
        incidentioApiUrl: apiUrl,
        githubToken: read('github-token'),
        githubTeamsToken: read('github-teams-token'),
        policyPath,
        environment: read('environment'),
        policy: read('policy'),
        reason: read('reason'),
        dryRun: parseBoolean('dry-run', get('dry-run')),
        failOnDeny: parseBoolean('fail-on-deny', get('fail-on-deny')),
        apiTimeoutSeconds: parseTimeout(get('api-timeout')),
        testsPath,
    };
}
/** `a` is `b` or a folder inside it. */
const within = (a, b) => a === b || a.startsWith(`${b}/`);
/**
 * `tests-path`: a folder inside the repository, and never the policy folder, inside it or around
 * it: every YAML file under `policy-path` is read as a policy. A default that collides (a policy
 * folder named like it) turns the tests off instead of failing every step.
 */
function readTestsPath(read, raw, policyPath) {
    const given = read('tests-path') !== '';
    const testsPath = raw.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (testsPath === '' || testsPath === '.' || testsPath.startsWith('/') || testsPath.split('/').includes('..')) {
        throw inputError('tests-path', `Input \`tests-path\` must be a folder inside the repository (like "policy-tests"), not its root; got "${raw}".`);
    }
    if (within(testsPath, policyPath) || within(policyPath, testsPath)) {
        if (!given)
            return '';
        throw inputError('tests-path', within(testsPath, policyPath)
            ? `Input \`tests-path\` ("${testsPath}") is inside \`policy-path\` ("${policyPath}"), where every YAML file is read as a policy; keep the tests in their own folder, like "policy-tests".`
            : `Input \`tests-path\` ("${testsPath}") holds \`policy-path\` ("${policyPath}"), so the policy files would be read as tests; keep the tests in their own folder beside it, like "policy-tests".`);
    }
    return testsPath;
}

;// CONCATENATED MODULE: ./src/app/config.ts
// App mode's settings, read once from the environment (and a `.env` file, whose values never
// override the real environment). Secrets come from a variable or from a file the variable
// `<NAME>_FILE` names (a mounted secret), never from the command line, and no error ever quotes
// one: it names the variable and says what is wrong with its value.





const configError = (variable, message, fix) => new src_errors/* OncallGateError */.lN({ kind: 'input', setting: variable, message, fix });
/**
 * The environment with a `.env` file's values added under it: a variable already set wins. A file
 * that is named but missing is an error; the default `.env` may be absent.
 */
function withEnvFile(env, file, read = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8'), required = false) {
    if (!file)
        return env;
    let text;
    try {
        text = read(file);
    }
    catch {
        if (!required)
            return env;
        throw configError('--env-file', `Cannot read the environment file ${file}.`, 'Pass the path of a readable .env file, or leave --env-file out.');
    }
    const fromFile = (0,external_node_util_.parseEnv)(text);
    return { ...fromFile, ...Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) };
}
/** A secret from NAME or from the file NAME_FILE names; both set is an error (which one wins would be a guess). */
function secret(env, name, read, what) {
    const direct = env[name];
    const file = env[`${name}_FILE`];
    if (direct && file) {
        throw configError(name, `Both ${name} and ${name}_FILE are set.`, `Set one of them: ${name} holds ${what}, ${name}_FILE the path of a file that does.`);
    }
    if (file) {
        try {
            return read(file).trim();
        }
        catch {
            throw configError(`${name}_FILE`, `Cannot read ${name}_FILE (${file}).`, `Point ${name}_FILE at a readable file that holds ${what}.`);
        }
    }
    if (!direct)
        throw configError(name, `${name} is not set.`, `Set ${name} to ${what}, or ${name}_FILE to the path of a file that holds it.`);
    return direct.trim();
}
/** A GitHub or incident.io base URL: https, or http on this machine (the local fakes). */
function baseUrl(env, name, fallback) {
    const raw = (env[name] || fallback).trim().replace(/\/+$/, '');
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw configError(name, `${name} is not a URL ("${raw.slice(0, 100)}").`, `Set ${name} to an https:// URL (default ${fallback}).`);
    }
    if (url.username || url.password)
        throw configError(name, `${name} must not carry credentials.`, 'Remove the user and password from the URL.');
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (0,api_url/* isLoopbackHost */.cW)(url.hostname))) {
        throw configError(name, `${name} must use https:// (got "${url.protocol}//${url.host}").`, 'Use https://; plain http:// is only for a server on this machine.');
    }
    return raw;
}
function integer(env, name, fallback, min, max) {
    const raw = (env[name] ?? '').trim();
    if (raw === '')
        return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw configError(name, `${name} must be a whole number from ${min} to ${max}, got "${raw.slice(0, 40)}".`, `Set ${name} to a number in that range (default ${fallback}).`);
    }
    return Number(raw);
}
/** GitHub's GraphQL endpoint for an API URL: https://api.github.com/graphql, or https://HOST/api/graphql on GitHub Enterprise Server. */
function graphqlUrlOf(apiUrl) {
    return /\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/api\/v3$/, '/api/graphql') : `${apiUrl}/graphql`;
}
const MIN_WEBHOOK_SECRET = 16;
function readAppConfig(env, read = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8')) {
    const appId = (env.GITHUB_APP_ID ?? '').trim();
    if (!/^\d{1,12}$/.test(appId)) {
        throw configError('GITHUB_APP_ID', appId ? `GITHUB_APP_ID must be the App's numeric ID, got "${appId.slice(0, 40)}".` : 'GITHUB_APP_ID is not set.', "Set GITHUB_APP_ID to the App ID shown on the App's settings page (General > About).");
    }
    // A key pasted into a .env file on one line keeps its line breaks as \n.
    const privateKey = secret(env, 'GITHUB_APP_PRIVATE_KEY', read, "the App's private key (PEM)").replace(/\\n/g, '\n');
    if (!/^-----BEGIN (RSA )?PRIVATE KEY-----[\s\S]+-----END (RSA )?PRIVATE KEY-----$/.test(privateKey)) {
        throw configError('GITHUB_APP_PRIVATE_KEY', 'GITHUB_APP_PRIVATE_KEY is not a PEM private key (it must start with -----BEGIN RSA PRIVATE KEY----- or -----BEGIN PRIVATE KEY-----).', "Generate a private key on the App's settings page and pass the whole .pem file (GITHUB_APP_PRIVATE_KEY_FILE=path/to/key.pem).");
    }
    const webhookSecret = secret(env, 'GITHUB_APP_WEBHOOK_SECRET', read, "the App's webhook secret");
    if ([...webhookSecret].length < MIN_WEBHOOK_SECRET) {
        throw configError('GITHUB_APP_WEBHOOK_SECRET', `GITHUB_APP_WEBHOOK_SECRET is shorter than ${MIN_WEBHOOK_SECRET} characters: anyone who guesses it can send the App forged deliveries.`, "Generate a long random secret (openssl rand -hex 32) and set it both here and in the App's webhook settings.");
    }
    const apiKey = secret(env, 'INCIDENTIO_API_KEY', read, 'an incident.io API key');
    const githubApi = baseUrl(env, 'GITHUB_API_URL', 'https://api.github.com');
    const config = {
        appId,
        privateKey,
        webhookSecret,
        incidentio: { apiKey, apiUrl: baseUrl(env, 'INCIDENTIO_API_URL', 'https://api.incident.io') },
        github: {
            apiUrl: githubApi,
            graphqlUrl: env.GITHUB_GRAPHQL_URL ? baseUrl(env, 'GITHUB_GRAPHQL_URL', '') : graphqlUrlOf(githubApi),
            serverUrl: baseUrl(env, 'GITHUB_SERVER_URL', 'https://github.com'),
        },
        policyPath: (env.ONCALL_GATE_POLICY_PATH ?? '').trim() || 'policies',
        host: (env.HOST ?? '').trim() || '127.0.0.1',
        port: integer(env, 'PORT', 3000, 0, 65535),
        webhookPath: (env.ONCALL_GATE_WEBHOOK_PATH ?? '').trim() || '/api/github/webhooks',
        sweepIntervalMs: integer(env, 'ONCALL_GATE_SWEEP_MINUTES', 10, 0, 24 * 60) * 60_000,
        apiTimeoutSeconds: integer(env, 'ONCALL_GATE_API_TIMEOUT', 60, 1, 3600),
    };
    if (!config.webhookPath.startsWith('/')) {
        throw configError('ONCALL_GATE_WEBHOOK_PATH', `ONCALL_GATE_WEBHOOK_PATH must start with "/", got "${config.webhookPath.slice(0, 80)}".`, 'Use a path such as /api/github/webhooks.');
    }
    // The same checks as the action's inputs (policy-path inside the repository, the incident.io URL).
    deploymentInputs(config, { environment: 'production', githubToken: 'unused' });
    return config;
}
/** The gate's inputs for one deployment: the action's, filled from the App's settings and the request. */
function deploymentInputs(config, d) {
    const values = {
        command: 'gate',
        'incidentio-api-key': config.incidentio.apiKey,
        'incidentio-api-url': config.incidentio.apiUrl,
        'github-token': d.githubToken,
        'policy-path': config.policyPath,
        environment: d.environment,
        'api-timeout': String(config.apiTimeoutSeconds),
    };
    try {
        return readInputs((name) => (values[name] ?? '').trim());
    }
    catch (error) {
        if (error instanceof src_errors/* OncallGateError */.lN && error.setting === 'policy-path') {
            throw configError('ONCALL_GATE_POLICY_PATH', error.message.replace('Input `policy-path`', 'ONCALL_GATE_POLICY_PATH'), 'Set it to a folder inside the repository, such as policies.');
        }
        if (error instanceof src_errors/* OncallGateError */.lN && error.setting === 'incidentio-api-url') {
            throw configError('INCIDENTIO_API_URL', error.message.replace('Input `incidentio-api-url`', 'INCIDENTIO_API_URL'), 'Set it to https://api.incident.io or your proxy.');
        }
        throw error;
    }
}
/** Every secret of the settings, for the redactor. */
const configSecrets = (c) => [c.privateKey, c.webhookSecret, c.incidentio.apiKey];

// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
;// CONCATENATED MODULE: ./src/api-deadline.ts
// One deadline for all of a run's API work, incident.io and GitHub together (the `api-timeout`
// input, 60 s by default). Each client also bounds its own calls and retries; this bounds their
// sum, so a deploy job never waits minutes on a slow API: when the deadline passes, the run ends
// with `error`, naming the requests that were still waiting, and the requests in flight are
// aborted. Time here is elapsed time on the monotonic clock, never the wall clock.


/** The run's deadline passed; `waiting`: the requests that were still waiting. */
function deadlineExceeded(totalMs, waiting) {
    return new src_errors/* OncallGateError */.lN({
        kind: 'deadline',
        message: `The API work of this run did not finish within ${formatSeconds(totalMs)} (the \`api-timeout\` input)` +
            (waiting.length > 0 ? `; still waiting for: ${waiting.join(', ')}` : ''),
        fix: (0,src_errors/* text */.Qq) `Check that the runner reaches incident.io and GitHub (https://status.incident.io, https://www.githubstatus.com, proxies and firewalls of self-hosted runners) and ${src_errors/* RETRY */.p6}; raise \`api-timeout\` only if the APIs are slow but working.`,
    });
}
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
function createApiDeadline(totalMs, elapsed = clock/* monotonicMs */.dR) {
    const start = elapsed();
    const inFlight = new Map();
    let next = 0;
    const controller = new AbortController();
    let resolveExpired;
    const expired = new Promise((resolve) => (resolveExpired = resolve));
    const expire = () => {
        if (controller.signal.aborted)
            return;
        controller.abort(deadlineExceeded(totalMs, [...inFlight.values()]));
        resolveExpired();
    };
    // unref: the timer alone never keeps the process alive once the run is done.
    const timer = setTimeout(expire, totalMs);
    timer.unref?.();
    const remainingMs = () => Math.max(0, totalMs - (elapsed() - start));
    return {
        totalMs,
        signal: controller.signal,
        expired,
        remainingMs,
        begin(what) {
            if (controller.signal.aborted || remainingMs() <= 0) {
                expire();
                throw deadlineExceeded(totalMs, [...inFlight.values(), what]);
            }
            const id = next++;
            inFlight.set(id, what);
            return () => inFlight.delete(id);
        },
        pending: () => [...inFlight.values()],
        dispose: () => clearTimeout(timer),
    };
}
/**
 * The time kept back from incident.io for an outage fallback's GitHub reads (policies/README.md,
 * "Outage mode"): half the run's budget, at most 20 s.
 */
function fallbackReserveMs(deadline) {
    return Math.min(20_000, deadline.totalMs / 2);
}
/**
 * Runs incident.io work that an outage fallback could replace, within the run's deadline less
 * `reserveMs`: when that passes first, it rejects with a `deadline` error of incident.io (an
 * outage), so the fallback still has `reserveMs` for its own reads. The work itself is not
 * stopped; the run's deadline ends it. Without a deadline, the work as it is.
 */
function withinIncidentIoShare(deadline, reserveMs, work) {
    if (!deadline)
        return work;
    const shareMs = Math.max(0, deadline.remainingMs() - reserveMs);
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const waiting = deadline.pending().filter((w) => w.startsWith('incident.io '));
            reject(new src_errors/* OncallGateError */.lN({
                kind: 'deadline',
                service: 'incidentio',
                ...(waiting[0] ? { call: waiting[0].replace(/^incident\.io /, '') } : {}),
                message: `incident.io did not answer within ${formatSeconds(shareMs)}, the part of the run's ${formatSeconds(deadline.totalMs)} ` +
                    `(\`api-timeout\`) left after keeping ${formatSeconds(reserveMs)} for the outage fallback` +
                    (waiting.length > 0 ? `; still waiting for: ${waiting.join(', ')}` : ''),
                fix: (0,src_errors/* text */.Qq) `Check https://status.incident.io and that the runner reaches incident.io, then ${src_errors/* RETRY */.p6}; raise \`api-timeout\` only if incident.io is slow but working.`,
            }));
        }, shareMs);
        timer.unref?.();
    });
    expired.catch(() => undefined);
    return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

// EXTERNAL MODULE: ./src/compose.ts + 1 modules
var compose = __webpack_require__(4276);
;// CONCATENATED MODULE: ./src/compose-app.ts
/** The App's own client, loaded on first use. */
function createAppAuthority(settings) {
    let auth;
    const load = () => (auth ??= __webpack_require__.e(/* import() */ 6315).then(__webpack_require__.bind(__webpack_require__, 6315)).then(({ createAppAuth }) => createAppAuth({ ...settings, ...(settings.log ? { log: settings.log } : {}) })));
    return {
        installationToken: async (id, repo) => (await load()).installationToken(id, repo),
        installations: async () => (await load()).installations(),
        repositories: async (id) => (await load()).repositories(id),
    };
}

// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
;// CONCATENATED MODULE: ./src/app/deployment-context.ts


/** The name runs and logs give the event App mode decides on. */
const PROTECTION_RULE_EVENT = 'deployment_protection_rule';
/**
 * Policy files by commit, shared by every deployment of the process: a commit's files never
 * change, so the tip's policy is read through the API once per commit, not once per deployment.
 */
class PolicyFileCache {
    max;
    entries = new Map();
    constructor(max = 64) {
        this.max = max;
    }
    read(key, load) {
        const hit = this.entries.get(key);
        if (hit) {
            this.entries.delete(key);
            this.entries.set(key, hit);
            return hit;
        }
        const loaded = load();
        this.entries.set(key, loaded);
        loaded.catch(() => this.entries.delete(key));
        while (this.entries.size > this.max)
            this.entries.delete(this.entries.keys().next().value ?? '');
        return loaded;
    }
}
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The port with policy reads at a commit SHA served from `cache` (branch and tag names are always read). */
function withPolicyCache(port, cache) {
    const { owner, repo } = port.repository;
    return {
        ...port,
        readPolicyFilesAtRef: (ref, path) => FULL_SHA.test(ref)
            ? cache.read(`${owner}/${repo}@${ref}:${path}`, () => port.readPolicyFilesAtRef(ref, path))
            : port.readPolicyFilesAtRef(ref, path),
    };
}
function deploymentContext(p) {
    const { config, deployment: d } = p;
    return (0,compose/* createContext */.q6)({
        inputs: deploymentInputs(config, { environment: d.environment, githubToken: p.token }),
        run: {
            eventName: PROTECTION_RULE_EVENT,
            eventPath: '',
            repository: { owner: d.repository.owner, repo: d.repository.repo },
            sha: d.sha,
            ref: d.ref,
            actor: d.requester,
            triggeringActor: d.requester,
            runId: String(d.runId),
            runAttempt: String(d.runAttempt),
            serverUrl: config.github.serverUrl,
            apiUrl: config.github.apiUrl,
            graphqlUrl: config.github.graphqlUrl,
            workspace: '',
        },
        event: { kind: 'deployment', name: PROTECTION_RULE_EVENT, environment: d.environment, defaultBranch: d.defaultBranch },
        log: p.log,
        clock: p.clock,
        redactor: p.redactor,
        deadline: p.deadline,
        services: p.services,
    });
}

;// CONCATENATED MODULE: ./src/app/runtime.ts
// App mode's process-wide parts, built once from the settings: the App's own client (its JWT and
// installation tokens), the log, the redactor, the policy cache, and for each piece of work (one
// delivery, one repository of a sweep) a scope with a token limited to one repository, its own
// API deadline and its own redactor. Both hosts (node-host.ts, lambda.ts) and the sweep share it.







/** Log fields from payloads are data: one line, no control characters, bounded. */
function logSafe(text, max = 200) {
    const flat = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/**
 * App mode reads no GitHub team: its installation token is limited to one repository and cannot
 * see an organisation's members, so an outage fallback that names `approverTeams` is an error
 * here (docs/app-mode.md, "Outage mode"), and the deployment is rejected, never approved.
 */
const noTeams = () => Promise.reject(new src_errors/* OncallGateError */.lN({
    kind: 'policy',
    message: 'An outage fallback names `approverTeams`, and App mode cannot read team membership (its installation token is limited to the repository)',
    fix: "For the environments the App gates, name the outage fallback's approvers by login (`approvers`), or gate those deployments with the action and its `github-teams-token` input.",
}));
function createAppRuntime(o) {
    const { config, clock } = o;
    const redactor = (0,redact/* createRedactor */.lY)(configSecrets(config));
    const line = (level) => (text) => o.write(redactor.redact(`${clock().toISOString()} ${level}${logSafe(text, 2000)}`));
    const log = {
        info: line(''),
        warning: line('warning: '),
        debug: o.debug ? line('debug: ') : () => undefined,
    };
    const authority = createAppAuthority({
        appId: config.appId,
        privateKey: config.privateKey,
        apiUrl: config.github.apiUrl,
        redactor,
        log: { info: log.debug, warning: log.warning, debug: log.debug, group: (_n, fn) => fn() },
        ...o.tuning?.appAuth,
    });
    // One redactor per installation token (each token is a secret of its own), kept while it is in use.
    const redactors = new Map();
    const redactorFor = (token) => {
        let r = redactors.get(token);
        if (!r) {
            r = (0,redact/* createRedactor */.lY)([...configSecrets(config), token]);
            redactors.set(token, r);
            if (redactors.size > 100)
                redactors.delete(redactors.keys().next().value ?? '');
        }
        return r;
    };
    const cache = new PolicyFileCache();
    const gateLog = (r) => {
        const at = (f) => (m) => f(r.redact(m));
        return { info: at(log.debug), warning: at(log.warning), debug: at(log.debug), group: (_n, fn) => fn() };
    };
    return {
        config,
        appId: Number(config.appId),
        clock,
        log,
        redactor,
        authority,
        async repository(installationId, repository) {
            const deadline = createApiDeadline(config.apiTimeoutSeconds * 1000);
            const expired = deadline.expired.then(() => Promise.reject(deadline.signal.reason));
            expired.catch(() => undefined);
            const within = (work) => Promise.race([work, expired]);
            try {
                const token = await within(authority.installationToken(installationId, repository.repo));
                const scoped = redactorFor(token);
                const logger = gateLog(scoped);
                const clients = (0,compose/* createServices */.h4)({
                    incidentio: config.incidentio,
                    github: { apiUrl: config.github.apiUrl, graphqlUrl: config.github.graphqlUrl, token, repository },
                    readOnly: false,
                    redactor: scoped,
                    deadline,
                    log: logger,
                    ...(o.tuning?.services ? { tuning: o.tuning.services } : {}),
                });
                const github = clients.github().then((p) => withPolicyCache(p, cache));
                const services = { github: () => github, githubTeams: noTeams, incidentio: clients.incidentio };
                const port = await github;
                return {
                    repository,
                    port,
                    redactor: scoped,
                    deadline,
                    context: (d) => deploymentContext({
                        config,
                        deployment: { ...d, repository },
                        token,
                        clock,
                        log: logger,
                        redactor: scoped,
                        deadline,
                        services,
                    }),
                    within,
                    dispose: () => deadline.dispose(),
                };
            }
            catch (error) {
                deadline.dispose();
                throw error;
            }
        },
    };
}

// EXTERNAL MODULE: ./src/decide/outage.ts
var decide_outage = __webpack_require__(1789);
// EXTERNAL MODULE: ./src/decide/engine.ts
var engine = __webpack_require__(1780);
// EXTERNAL MODULE: ./src/decide/select-gate-policies.ts
var select_gate_policies = __webpack_require__(8267);
// EXTERNAL MODULE: ./src/report/render-gate-summary.ts + 1 modules
var render_gate_summary = __webpack_require__(333);
// EXTERNAL MODULE: ./src/identity/resolve-identity.ts
var resolve_identity = __webpack_require__(8785);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/git/object-store.ts
var object_store = __webpack_require__(5285);
// EXTERNAL MODULE: ./src/git/policy-at-commit.ts
var policy_at_commit = __webpack_require__(8336);
// EXTERNAL MODULE: ./src/policy/read-policy-dir.ts
var read_policy_dir = __webpack_require__(8233);
;// CONCATENATED MODULE: ./src/commands/gate-policy.ts
// Where the gate's policy comes from: the default branch's current tip, as committed. Never the
// working tree (an earlier step could have edited it), never the deployed commit (a re-run of an
// old run, a tag or another branch would bring its own, older or looser policy).
//
// Cost: one extra GitHub request, overlapped with the rest. The tip's SHA is asked with one plain
// request (the GitHub port's branchTip, without Octokit); meanwhile the policy is read from the checkout's git objects at
// HEAD, so the gate can start its incident.io reads. When the tip is HEAD, that is the answer;
// otherwise the tip's policy is read from the checkout's objects if it has them, else through the
// GitHub API, and the caller redoes its reads with it.






/** The default branch from the event; without it nothing can be trusted. */
function defaultBranchOf(event) {
    if (event.defaultBranch)
        return event.defaultBranch;
    throw new src_errors/* OncallGateError */.lN({
        kind: 'environment',
        message: `Cannot tell the repository's default branch: the ${event.name || 'event'} payload has no \`repository.default_branch\``,
        fix: 'Run the gate from a workflow triggered by a repository event (push, workflow_dispatch, deployment, ...).',
    });
}
/**
 * Starts both reads at once. `early` never rejects (a checkout that cannot be read is simply not
 * used); `trusted` rejects when the tip cannot be learned or read, and the gate then fails closed.
 */
function readGatePolicy(branch, readers) {
    const tip = readers.tip(branch);
    const head = readers.checkout('HEAD').catch(() => undefined);
    const early = head.then((h) => (h ? { branch, commit: h.commit, via: 'checkout', files: h.files } : undefined));
    const trusted = (async () => {
        const commit = await tip;
        const fromHead = await early;
        if (fromHead?.commit === commit)
            return fromHead;
        // The checkout is at another commit (an older run, a tag, another branch, or a push since);
        // it may still hold the tip's objects (fetch-depth: 0).
        const local = fromHead ? await readers.checkout(commit).catch(() => undefined) : undefined;
        if (local)
            return { branch, commit, via: 'checkout', files: local.files };
        return { branch, commit, via: 'api', files: await readers.api(commit) };
    })();
    // Only `trusted` is awaited when the checkout is unusable; keep an early failure from going unhandled.
    trusted.catch(() => undefined);
    return { early, trusted };
}
/** "policies/ at 1a2b3c4d5e6f, the tip of main, read from the checkout's git objects" (plain text). */
function gate_policy_describePolicySource(policyPath, p) {
    const how = p.via === 'checkout' ? "read from the checkout's git objects" : 'read through the GitHub API';
    return `${policyPath}/ at ${p.commit.slice(0, 12)}, the tip of ${p.branch}, ${how}`;
}
/**
 * The real readers: git objects of the workspace checkout, GitHub's tip request (the port's one
 * plain request), the git trees API. Synchronous on purpose: the git process starts now, so its
 * start-up overlaps the rest of the gate's loading instead of waiting for it.
 */
function gatePolicyReaders(options) {
    const folder = (0,read_policy_dir.normalizePolicyPath)(options.policyPath);
    // No workspace (App mode has no checkout): the API alone.
    const store = options.workspace && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(options.workspace, '.git')) ? (0,object_store.openObjectStore)(options.workspace) : undefined;
    return {
        tip: async (branch) => {
            if (!options.token) {
                throw new src_errors/* OncallGateError */.lN({
                    kind: 'input',
                    setting: 'github-token',
                    message: 'The `github-token` input is empty, so the gate cannot learn the tip of the default branch, whose policy decides',
                    fix: 'Leave `github-token` at its default (`${{ github.token }}`), or pass a token with `contents: read`.',
                });
            }
            return (await options.github()).branchTip(branch);
        },
        checkout: async (name) => {
            if (!store)
                return undefined;
            const read = await (0,policy_at_commit.readPolicyAtCommit)(store, name, folder);
            if (!read)
                return undefined;
            return { commit: read.commit, files: read.folderMissing ? undefined : read.files };
        },
        api: options.api,
        close: () => store?.close(),
    };
}

// EXTERNAL MODULE: ./src/decide/scope.ts
var scope = __webpack_require__(3056);
;// CONCATENATED MODULE: ./src/commands/gate-facts.ts








function missingFolderError(ctx, source) {
    return new src_errors/* OncallGateError */.lN({
        kind: 'policy',
        message: `There is no policy folder \`${ctx.inputs.policyPath}\` at ${source.commit.slice(0, 12)}, the tip of the default branch ${source.branch}`,
        fix: 'Merge the policies to the default branch first (the deciding policy always comes from its tip), or set `policy-path` to the folder that holds them.',
    });
}
/**
 * The run's GitHub port, once the token is known to be there. Asked for only when a GitHub call
 * is due: a gate whose actor the identities map resolves makes no call beyond the tip.
 */
function gitHubOf(ctx) {
    return async () => {
        if (!ctx.inputs.githubToken) {
            throw new src_errors/* OncallGateError */.lN({
                kind: 'input',
                setting: 'github-token',
                message: 'The `github-token` input is empty, and this gate needs GitHub',
                fix: 'Leave `github-token` at its default (`${{ github.token }}`) or pass a token with `contents: read`.',
            });
        }
        return ctx.github();
    };
}
/** Loads the on-call reader once; started early so loading overlaps reading the policy. */
let onCallModule;
const loadOnCall = () => (onCallModule ??= __webpack_require__.e(/* import() */ 3869).then(__webpack_require__.bind(__webpack_require__, 6250)));
/** A step that names a policy will almost surely ask incident.io: start loading the client now. */
function preloadOnCall(ctx, target) {
    if ((target.environment || target.policy) && ctx.inputs.incidentioApiKey) {
        Promise.all([ctx.incidentio(), loadOnCall()]).catch(() => undefined);
    }
}
/**
 * Who is on call for the policies' schedules (and, for scoped rules, the rotation and layer
 * names). When a policy names an outage fallback, incident.io gets the run's API time less what
 * the fallback needs, and an outage (decide/outage.ts) is returned rather than thrown.
 */
async function readOnCall(ctx, policies, at) {
    const scheduleIds = (0,engine/* policySchedules */.VH)(policies);
    if (scheduleIds.length === 0)
        return { onCall: new Map() };
    if (!ctx.inputs.incidentioApiKey) {
        throw new src_errors/* OncallGateError */.lN({
            kind: 'input',
            setting: 'incidentio-api-key',
            message: 'The `incidentio-api-key` input is empty, so oncall-gate cannot read who is on call',
            fix: 'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step (an incident.io API key with the schedules_reader or viewer role).',
        });
    }
    // dry-run: the run's client is read-only (the gate only reads anyway).
    // One query per schedule reaches past now, so the summary can show the next hours' handovers
    // without another request; the decision still sees only the shifts covering `at`.
    const [client, { fetchOnCallWithOutlook, fetchRotationNames }] = await Promise.all([ctx.incidentio(), loadOnCall()]);
    const scoped = (0,scope/* scopedSchedules */.DJ)(policies);
    const work = Promise.all([
        fetchOnCallWithOutlook(client, scheduleIds, at),
        scoped.length > 0 ? fetchRotationNames(client, scoped) : undefined,
    ]);
    const fallback = policies.some((p) => p.whenUnavailable?.kind === 'fallback');
    try {
        const [read, rotationNames] = await (fallback && ctx.deadline
            ? withinIncidentIoShare(ctx.deadline, fallbackReserveMs(ctx.deadline), work)
            : work);
        return { onCall: read.now, outlook: read.outlook, ...(rotationNames ? { rotationNames } : {}) };
    }
    catch (error) {
        const outage = fallback ? (0,decide_outage/* asOutage */.s)(error, ctx.redactor.redact) : undefined;
        if (!outage)
            throw error;
        return { onCall: new Map(), outage };
    }
}
/**
 * The reads for one policy: load and check it, select the policies, resolve the requester and
 * read who is on call. Pure reads, so they can start on the checkout's HEAD policy before the
 * default branch's tip is known, and be thrown away if the tip turns out to be another commit.
 */
async function factsOf(ctx, target, files, now, github) {
    const { inputs, run } = ctx;
    const login = run.triggeringActor;
    // The full YAML parser is loaded only if a policy file needs it.
    const { loadPolicySetLazily } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(7718), __webpack_require__.e(8508)]).then(__webpack_require__.bind(__webpack_require__, 7121));
    const set = await loadPolicySetLazily(files);
    if (!set.valid) {
        const errors = set.diagnostics.filter((d) => d.severity === 'error');
        // Fail closed: an invalid trusted policy is an error, never "no policy".
        throw new src_errors/* OncallGateError */.lN({
            kind: 'policy',
            message: `The policy in ${inputs.policyPath}/ at the tip of the default branch is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}), so no decision can be made`,
            fix: `Fix the problems listed (run \`oncall-gate validate ${inputs.policyPath}\` locally) and merge the fix to the default branch.`,
            diagnostics: errors,
        });
    }
    const selection = (0,select_gate_policies/* selectGatePolicies */.iW)(set.policies, { environment: target.environment, policy: target.policy }, inputs.policyPath);
    if (selection.kind === 'unmatched')
        throw new src_errors/* OncallGateError */.lN({ kind: 'policy', message: selection.message, fix: selection.fix });
    const matched = selection.kind === 'matched' ? selection.policies : [];
    if (matched.length === 0)
        return { set, matched, requester: { login, emails: [] }, onCall: new Map() };
    // Identity and on-call are independent reads: do them concurrently.
    const [identity, read] = await Promise.all([
        (0,resolve_identity/* resolveIdentity */.XH)(login, set.identities, {
            org: run.repository.owner,
            policyPath: inputs.policyPath,
            github: {
                publicEmail: async (l) => (await github()).publicEmail(l),
                verifiedDomainEmails: async (l, org) => (await github()).verifiedDomainEmails(l, org),
            },
        }),
        readOnCall(ctx, matched, now),
    ]);
    const requester = {
        login,
        emails: identity.emails,
        ...(identity.source ? { emailSource: identity.source } : {}),
        ...(identity.problem ? { identityProblem: identity.problem } : {}),
    };
    return {
        set,
        matched,
        requester,
        onCall: read.onCall,
        ...(read.outlook ? { outlook: read.outlook } : {}),
        ...(read.rotationNames ? { rotationNames: read.rotationNames } : {}),
        ...(read.outage ? { outage: read.outage } : {}),
    };
}
/**
 * Reads the policy at the default branch's tip and, with it, the facts. The reads start on the
 * checkout's HEAD policy while GitHub says which commit is the tip, and are redone on the tip's
 * policy when HEAD is another commit. Resolves once the tip's policy is read; the facts may still
 * be on their way.
 */
async function readGateFacts(ctx, target, now) {
    const { inputs, run, log, event } = ctx;
    const github = gitHubOf(ctx);
    const branch = defaultBranchOf(event);
    const readers = gatePolicyReaders({
        workspace: run.workspace,
        policyPath: inputs.policyPath,
        token: inputs.githubToken,
        github: () => ctx.github(),
        api: async (commit) => {
            const read = await (await github()).readPolicyFilesAtRef(commit, inputs.policyPath);
            return read.folderMissing ? undefined : read.files;
        },
    });
    try {
        const policy = readGatePolicy(branch, readers);
        const factsFor = (p) => p.files ? factsOf(ctx, target, p.files, now, github) : undefined;
        const early = await policy.early;
        const earlyFacts = early ? factsFor(early) : undefined;
        earlyFacts?.catch(() => undefined); // thrown away unless HEAD is the tip; awaited by the caller if it is
        const source = await policy.trusted;
        if (early && early.commit !== source.commit) {
            log.info(`Policy: the checkout is at ${early.commit.slice(0, 12)}, not at the tip of ${branch} (${source.commit.slice(0, 12)}), whose policy decides.`);
        }
        log.info(`Policy: ${gate_policy_describePolicySource(inputs.policyPath, source)}.`);
        return { source, facts: early && early.commit === source.commit ? earlyFacts : factsFor(source) };
    }
    finally {
        // The policy files are read: the git object store is no longer needed.
        readers.close();
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/record/schema.ts
var schema = __webpack_require__(7450);
;// CONCATENATED MODULE: ./src/record/build-record.ts
// Builds the decision record of one `gate`, `request` or `review` decision (docs/decision-record.md).
// Pure: the decision, the policy files and the facts the rule engine judged go in, the record comes
// out; writing it is write-record.ts's. The record holds IDs, logins, names, times and digests,
// never an email, a token or a key: the facts it summarises are digested, not copied, and the
// writer passes the text through the run's redactor besides.


/** RFC 3339 in UTC to the second, exactly as the `expires-at` output gives it. */
const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
/**
 * The digest of a set of shifts: SHA-256 of the JSON array of `[userId, email, startAt, endAt]`
 * (email lower-case, times RFC 3339 UTC with milliseconds), sorted by start, end, user ID, email.
 * Independent of the order the API listed the entries in; docs/decision-record.md says how to
 * recompute it from the schedule entries.
 */
function shiftsDigest(shifts) {
    const rows = shifts.map((s) => [s.userId, s.email.trim().toLowerCase(), s.startAt.toISOString(), s.endAt.toISOString()]);
    rows.sort((a, b) => a[2] < b[2]
        ? -1
        : a[2] > b[2]
            ? 1
            : a[3] < b[3]
                ? -1
                : a[3] > b[3]
                    ? 1
                    : a[0] < b[0]
                        ? -1
                        : a[0] > b[0]
                            ? 1
                            : a[1] < b[1]
                                ? -1
                                : a[1] > b[1]
                                    ? 1
                                    : 0);
    return sha256Hex(JSON.stringify(rows));
}
function ruleRecord(r) {
    return {
        rule: r.index + 1,
        type: r.type,
        line: r.at.line,
        status: r.status,
        holds: r.holds,
        schedules: [...r.schedules],
        ...(r.expiresAt ? { expiresAt: iso(r.expiresAt) } : {}),
        ...(r.type === 'escalation' && r.approvedBy ? { approvedBy: [...r.approvedBy] } : {}),
        ...(r.type !== 'deny' && r.reasonProblem ? { reason: r.reasonProblem.kind } : {}),
        ...(r.type === 'deny' ? { text: r.text } : {}),
    };
}
function policyRecord(v) {
    const by = v.decidedBy;
    return {
        name: v.policy,
        file: v.at.file,
        line: v.at.line,
        result: v.result,
        decidedBy: by.kind,
        ...(by.kind === 'deny-rule' || by.kind === 'veto' || by.kind === 'rule' ? { rule: by.rule + 1 } : {}),
        ...(v.expiresAt ? { expiresAt: iso(v.expiresAt) } : {}),
        ...(v.approvedBy ? { approvedBy: v.approvedBy } : {}),
        rules: v.rules.map(ruleRecord),
    };
}
/** The same shift read twice (for two instants, or on two pages) is one entry. */
function distinct(shifts) {
    const seen = new Set();
    return shifts.filter((s) => {
        const key = `${s.userId}\u0000${s.email.toLowerCase()}\u0000${s.startAt.getTime()}\u0000${s.endAt.getTime()}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function scheduleEvidence(input) {
    const out = [];
    const people = new Map(input.decision.facts.schedules.map((s) => [s.scheduleId, s.people]));
    for (const [id, read] of input.onCall ?? new Map()) {
        const shifts = distinct(read);
        out.push({
            id,
            purpose: 'on-call',
            entries: shifts.length,
            sha256: shiftsDigest(shifts),
            onCall: (people.get(id) ?? []).map((p) => ({ name: p.name, userId: p.userId, ...(p.login ? { login: p.login } : {}) })),
        });
    }
    const history = new Map();
    for (const s of input.history ?? [])
        history.set(s.scheduleId, [...(history.get(s.scheduleId) ?? []), s]);
    for (const [id, read] of history) {
        const shifts = distinct(read);
        out.push({ id, purpose: 'review-history', entries: shifts.length, sha256: shiftsDigest(shifts) });
    }
    return out;
}
/** Every review an escalation rule (or, in outage mode, a fallback) judged, once each, with why it counted or not. */
function reviewEvidence(input) {
    const out = new Map();
    const pullNumber = input.subject.kind === 'pull' ? input.subject.number : 0;
    for (const v of input.decision.verdicts) {
        const evidence = [
            ...v.rules.flatMap((r) => (r.type === 'escalation' && r.evidence ? [r.evidence] : [])),
            ...(v.fallback?.evidence ? [v.fallback.evidence] : []),
        ];
        for (const e of evidence) {
            const judged = e.subject === 'pull'
                ? [{ pull: pullNumber, notes: e.review.notes }]
                : e.deploy.kind === 'pulls'
                    ? e.deploy.pulls.map((p) => ({ pull: p.number, notes: p.review.notes }))
                    : [];
            for (const { pull, notes } of judged) {
                for (const n of notes) {
                    if (out.has(n.review.id) || pull < 1)
                        continue;
                    out.set(n.review.id, {
                        id: n.review.id,
                        pull,
                        reviewer: n.review.login,
                        state: n.review.state,
                        submittedAt: n.review.submittedAt,
                        commitId: n.review.commitId,
                        // An outsider's author_association goes with it (the record's fields are fixed in version 1).
                        counted: n.status === 'outsider' ? `outsider (${n.association || 'none given'})` : n.status,
                    });
                }
            }
        }
    }
    return [...out.values()];
}
function fileRecord(f) {
    return f.problem ? { path: f.path, problem: f.problem.code } : { path: f.path, sha256: sha256Hex(f.text) };
}
/** Outage mode: how each policy's fallback fared (none outside it). */
function fallbackRecords(d) {
    const fallbacks = d.verdicts.flatMap((v) => {
        const f = v.fallback;
        if (!f)
            return [];
        return [
            {
                policy: v.policy,
                line: f.at.line,
                status: f.status,
                requireReason: f.requireReason,
                ...(f.reasonProblem ? { reason: f.reasonProblem.kind } : {}),
                ...(f.approvedBy ? { approvedBy: [...f.approvedBy] } : {}),
                ...(f.expiresAt ? { expiresAt: iso(f.expiresAt) } : {}),
            },
        ];
    });
    return fallbacks.length > 0 ? { fallbacks } : {};
}
/** The record of one decision. */
function build_record_buildDecisionRecord(input) {
    const { decision: d, run, repository } = input;
    const runUrl = run.id ? `${run.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${run.id}/attempts/${run.attempt}` : '';
    const s = input.subject;
    return {
        schemaVersion: DECISION_RECORD_SCHEMA_VERSION,
        product: { name: 'oncall-gate', version: input.version },
        command: input.command,
        decidedAt: iso(d.facts.at),
        verdict: d.result,
        approved: d.approved,
        ...(d.approvedBy ? { approvedBy: d.approvedBy } : {}),
        ...(d.expiresAt ? { expiresAt: iso(d.expiresAt) } : {}),
        dryRun: input.dryRun,
        ...(d.facts.reason ? { reason: d.facts.reason } : {}),
        ...(input.degraded ? { degraded: { ...input.degraded, ...fallbackRecords(d) } } : {}),
        repository: `${repository.owner}/${repository.repo}`,
        run: {
            id: run.id,
            attempt: run.attempt,
            event: run.eventName,
            actor: run.actor,
            triggeringActor: run.triggeringActor,
            ...(runUrl ? { url: runUrl } : {}),
        },
        subject: s.kind === 'run'
            ? {
                kind: 'run',
                sha: s.sha,
                ref: s.ref,
                ...(s.environment ? { environment: s.environment } : {}),
                ...(s.policy ? { policy: s.policy } : {}),
            }
            : {
                kind: 'pull',
                // Unknown parts (a pull request that could not be read) are left out rather than made up.
                ...(s.number >= 1 ? { number: s.number } : {}),
                ...(s.headSha ? { headSha: s.headSha } : {}),
                ...(s.baseRef ? { baseRef: s.baseRef } : {}),
                ...(s.baseSha ? { baseSha: s.baseSha } : {}),
            },
        requester: {
            login: d.requester.login,
            emailFound: d.requester.emails.length > 0,
            ...(d.requester.emailSource ? { emailSource: d.requester.emailSource } : {}),
        },
        ...(input.policy
            ? {
                policy: {
                    path: input.policy.path,
                    ...(input.policy.commit ? { commit: input.policy.commit } : {}),
                    ...(input.policy.branch ? { branch: input.policy.branch } : {}),
                    source: input.policy.source,
                    files: input.policy.files.map(fileRecord),
                },
            }
            : {}),
        policies: d.verdicts.map(policyRecord),
        evidence: {
            schedules: scheduleEvidence(input),
            reviews: reviewEvidence(input),
            incidents: (input.incidents ?? []).map((i) => ({
                policy: i.policy,
                ...(i.id ? { id: i.id } : {}),
                ...(i.reference ? { reference: i.reference } : {}),
                ...(i.url ? { url: i.url } : {}),
            })),
        },
        ...(d.error ? { error: { message: d.error.message, ...(d.error.fix ? { fix: d.error.fix } : {}) } } : {}),
    };
}

;// CONCATENATED MODULE: ./src/record/run-record.ts



function subjectOf(ctx, command, facts) {
    if (command === 'gate') {
        const target = facts.target ?? { environment: ctx.inputs.environment, policy: ctx.inputs.policy };
        return { kind: 'run', sha: ctx.run.sha, ref: ctx.run.ref, ...target };
    }
    if (facts.pull)
        return { kind: 'pull', ...facts.pull };
    // The pull request could not be read: what the event says, which is all there is.
    const pr = ctx.event.kind === 'pull_request' || ctx.event.kind === 'pull_request_review' ? ctx.event.pullRequest : undefined;
    return { kind: 'pull', number: pr?.number ?? 0, headSha: pr?.headSha ?? '', baseRef: pr?.baseRef ?? '', baseSha: pr?.baseSha ?? '' };
}
/** Outage mode decided: the record says so, with the failure that started it (already redacted). */
function degradedOf(decision, facts) {
    if (facts.degraded)
        return { degraded: facts.degraded };
    const cause = decision.degraded?.cause;
    if (!cause)
        return {};
    return { degraded: { mode: 'outage', reason: `incident.io ${cause.kind}${cause.call ? ` (${cause.call})` : ''}: ${cause.message}` } };
}
/** The record of `decision`, from the run's context and what the command learned. */
function run_record_decisionRecord(ctx, command, decision, facts = {}) {
    const { run, inputs } = ctx;
    const input = {
        command,
        version: VERSION,
        decision,
        dryRun: inputs.dryRun,
        repository: run.repository,
        run: {
            id: run.runId,
            attempt: run.runAttempt,
            eventName: run.eventName,
            actor: run.actor,
            triggeringActor: run.triggeringActor,
            serverUrl: run.serverUrl,
        },
        subject: subjectOf(ctx, command, facts),
        ...(facts.policy ? { policy: { path: inputs.policyPath, ...facts.policy } } : {}),
        ...(facts.onCall ? { onCall: facts.onCall } : {}),
        ...(facts.history ? { history: facts.history } : {}),
        ...(facts.incidents ? { incidents: facts.incidents } : {}),
        ...degradedOf(decision, facts),
    };
    return buildDecisionRecord(input);
}
/**
 * The record of a deciding command that ended without one (it threw past its own handling, or
 * the run's API deadline passed): an `error` decision with the message the step reports.
 */
function errorRecord(ctx, command, message) {
    const requester = {
        login: command === 'gate'
            ? ctx.run.triggeringActor
            : ctx.event.kind === 'pull_request' || ctx.event.kind === 'pull_request_review'
                ? ctx.event.pullRequest.authorLogin
                : '',
        emails: [],
    };
    return run_record_decisionRecord(ctx, command, errorDecision({ requester, at: ctx.clock(), message, subject: command === 'gate' ? 'run' : 'pull' }));
}

;// CONCATENATED MODULE: ./src/commands/gate.ts










const notRequired = (requester, at) => (0,engine/* evaluate */._3)({
    requester,
    policies: [],
    onCall: new Map(),
    at,
    reason: '',
    identities: { lookup: ['map'], users: new Map() },
    subject: { kind: 'run' },
});
async function runGate(ctx) {
    const { target, outcome } = await decideGate(ctx);
    return finish(ctx, target, outcome);
}
/** The gate's decision and what it did, without the step's result: for the action (runGate) and App mode. */
async function decideGate(ctx, options = {}) {
    const { inputs, run, log, event } = ctx;
    const login = run.triggeringActor;
    // The requester is who started this run or re-run; log both actors, since a re-run keeps
    // GITHUB_ACTOR of the first run.
    log.info(`Requester: ${login || '(unknown)'} (GITHUB_TRIGGERING_ACTOR); run started by ${run.actor || '(unknown)'} (GITHUB_ACTOR).`);
    const now = ctx.clock();
    const target = (0,select_gate_policies/* gateTarget */.vw)(inputs, event);
    if (target.environmentFrom === 'deployment') {
        log.info(`Environment: ${target.environment}, from the ${event.name} event's deployment (the \`environment\` input is empty).`);
    }
    if (event.kind === 'push' && event.deleted)
        return { target, outcome: deletionPush(ctx, target, now) };
    let requester = { login, emails: [] };
    let matched = [];
    let set;
    const outcome = {};
    try {
        if (!login) {
            throw new src_errors/* OncallGateError */.lN({
                kind: 'environment',
                message: 'Neither GITHUB_TRIGGERING_ACTOR nor GITHUB_ACTOR is set, so there is nobody to check',
                fix: 'Run oncall-gate inside a GitHub Actions job (the runner sets both).',
            });
        }
        preloadOnCall(ctx, target);
        // Gather.
        const reads = await readGateFacts(ctx, target, now);
        outcome.source = reads.source;
        if (!reads.facts) {
            // No policy folder: fine when the step names no policy, an error when it names one.
            if (!target.environment && !target.policy) {
                log.info('No policy folder and no `environment` or `policy` input: approval not required.');
                return { target, outcome: { ...outcome, decision: notRequired(requester, now) } };
            }
            throw missingFolderError(ctx, reads.source);
        }
        const facts = await reads.facts.catch((error) => {
            if ((0,src_errors/* isError */.bJ)(error, 'policy') && error.diagnostics)
                outcome.diagnostics = [...error.diagnostics];
            throw error;
        });
        ({ matched, requester, set } = facts);
        const { onCall } = facts;
        if (facts.outlook)
            outcome.outlook = { ...facts.outlook, logins: (0,resolve_identity/* loginsByEmail */.Ob)(set.identities) };
        outcome.onCall = onCall;
        log.info(`Policy: ${set.files.length} file(s).`);
        if (matched.length === 0) {
            log.info('No `environment` or `policy` input: no policy applies, approval not required.');
            return { target, outcome: { ...outcome, decision: notRequired(requester, now) } };
        }
        log.info(`Matched policies: ${matched.map((p) => p.name).join(', ')}.`);
        log.info(requester.emailSource
            ? `Identity: ${login} resolved by ${requester.emailSource}.`
            : `Identity: ${login} has no known incident.io email.`);
        if (facts.outage) {
            // Outage mode: the policies' fallbacks decide on GitHub evidence alone.
            outcome.decision = await inOutage(ctx, { set, policies: matched, requester, at: now, reason: inputs.reason, cause: facts.outage });
            return { target, outcome: { ...outcome, decision: outcome.decision } };
        }
        for (const id of (0,engine/* policySchedules */.VH)(matched))
            log.info(`On call now for ${id}: ${(onCall.get(id) ?? []).length} shift(s).`);
        // Decide.
        // Without auto, nobody is on call as far as the rules are concerned: only evidence approves.
        const judged = options.judgeAuto === false ? new Map() : onCall;
        const identities = set.identities;
        const decideWith = (evidence) => {
            if (evidence)
                outcome.history = evidence.history;
            return (0,engine/* evaluate */._3)({
                requester,
                policies: matched,
                onCall: judged,
                at: now,
                reason: inputs.reason,
                identities,
                subject: { kind: 'run', ...(evidence ? { evidence } : {}) },
                ...(facts.rotationNames ? { rotationNames: facts.rotationNames } : {}),
            });
        };
        outcome.decision = decideWith();
        // A denial that an escalation could still turn around: gather the deployed commit's review
        // evidence, decide again, and (still pending) plan and apply the run's incident writes.
        // Loaded only then, so an auto-approved gate does not pay for it.
        if ((0,engine/* openEscalations */.Lp)(outcome.decision, matched).length > 0) {
            const { applyGateEscalation } = await Promise.all(/* import() */[__webpack_require__.e(6645), __webpack_require__.e(1481)]).then(__webpack_require__.bind(__webpack_require__, 1481));
            const escalated = await applyGateEscalation(ctx, {
                decision: outcome.decision,
                policies: matched,
                set,
                redecide: decideWith,
                environment: target.environment,
                ...(options.page === false ? { page: false } : {}),
                ...(options.incidentMayExist ? { incidentMayExist: true } : {}),
            });
            outcome.decision = escalated.decision;
            outcome.incidentOutputs = escalated.outputs;
            outcome.incidents = escalated.incidents;
        }
        return { target, outcome: { ...outcome, decision: outcome.decision } };
    }
    catch (error) {
        log.debug(ctx.redactor.redact(error instanceof Error && error.stack ? error.stack : String(error)));
        // incident.io failed later (the review evidence's history, the run's incident): outage mode
        // decides when a matched policy names a fallback, as it would have from the start.
        const cause = set && outcome.decision?.degraded === undefined ? (0,decide_outage/* asOutage */.s)(error, ctx.redactor.redact) : undefined;
        const failedOutcome = { ...outcome, incidentOutputs: {}, incidents: [] };
        if (cause && set && matched.some((p) => p.whenUnavailable?.kind === 'fallback')) {
            try {
                const decision = await inOutage(ctx, { set, policies: matched, requester, at: now, reason: inputs.reason, cause });
                return { target, outcome: { ...failedOutcome, decision } };
            }
            catch (fallbackError) {
                return { target, outcome: { ...failedOutcome, decision: failed(ctx, fallbackError, requester, matched, now) } };
            }
        }
        return { target, outcome: { ...failedOutcome, decision: failed(ctx, error, requester, matched, now) } };
    }
}
/** Outage mode (escalation/outage-fallback.ts), loaded only when incident.io is down. */
async function inOutage(ctx, request) {
    const { decideRunInOutage } = await __webpack_require__.e(/* import() */ 3829).then(__webpack_require__.bind(__webpack_require__, 3829));
    return decideRunInOutage(ctx, request);
}
/** The error decision of a gate that could not decide. */
function failed(ctx, error, requester, policies, at) {
    const scrub = ctx.redactor.redact;
    // Our own errors keep their fix apart, for the summary's "what to do"; anything else is a bug.
    const known = (0,src_errors/* isError */.bJ)(error);
    return (0,engine/* errorDecision */.zo)({
        requester,
        at,
        message: scrub(known ? error.message : (0,describe_error/* describeError */.U)(error)),
        ...(known && error.fix ? { fix: scrub(error.fix) } : {}),
        policies,
    });
}
/**
 * A push that deletes a branch or tag deploys nothing: nothing to read, nobody to page. But
 * GitHub runs such a workflow at the default branch's commit, so a step that names an
 * environment or policy must not pass: the steps after it would deploy unchecked.
 */
function deletionPush(ctx, target, now) {
    const { event, log, run } = ctx;
    const login = run.triggeringActor;
    const what = (event.kind === 'push' ? event.ref : '').replace(/^refs\/(heads|tags)\//, '') || 'a ref';
    if (!target.environment && !target.policy) {
        const notice = `This push deletes ${what}; there is nothing to deploy, so oncall-gate does nothing (not-required).`;
        log.info(notice);
        return { decision: notRequired({ login, emails: [] }, now), notice: { title: 'oncall-gate: nothing to deploy', message: notice } };
    }
    const named = target.environment ? `the environment \`${target.environment}\`` : `the policy \`${target.policy}\``;
    return {
        decision: (0,engine/* errorDecision */.zo)({
            requester: { login, emails: [] },
            at: now,
            message: `This push deletes ${what}, so there is no commit to deploy, yet the step gates ${named}; GitHub runs this job at the default branch's commit, which nothing approved`,
            fix: 'Skip the deploy job for deletions: add `if: ${{ !github.event.deleted }}` to the job (or trigger it on `branches`/`tags` pushes only).',
        }),
    };
}
function finish(ctx, target, outcome) {
    const { inputs, run } = ctx;
    const { decision, source, diagnostics = [], incidentOutputs = {}, incidents = [], notice, outlook } = outcome;
    ctx.log.info(gateLogLine(decision, incidents));
    const record = decisionRecord(ctx, 'gate', decision, {
        target: { environment: target.environment, policy: target.policy },
        ...(source?.files ? { policy: { commit: source.commit, branch: source.branch, source: source.via, files: source.files } } : {}),
        ...(outcome.onCall ? { onCall: outcome.onCall } : {}),
        ...(outcome.history ? { history: outcome.history } : {}),
        incidents: incidents.flatMap((i) => i.kind === 'paged'
            ? [{ policy: i.policy, reference: i.reference, ...(i.id ? { id: i.id } : {}), ...(i.url ? { url: i.url } : {}) }]
            : []),
    });
    const result = gateResult(decision, {
        actor: run.actor,
        triggeringActor: run.triggeringActor,
        environment: target.environment,
        ...(target.environmentFrom === 'deployment'
            ? { environmentFrom: `the ${ctx.event.name} event's \`deployment.environment\`; the \`environment\` input is empty` }
            : {}),
        policyInput: target.policy,
        ...(source ? { policySource: describePolicySource(inputs.policyPath, source) } : {}),
        dryRun: inputs.dryRun,
        failOnDeny: inputs.failOnDeny,
        diagnostics,
        serverUrl: run.serverUrl,
        incidents,
        auto: inputs.command === 'auto',
        eventName: ctx.event.name,
        incidentOutputs,
        ...(notice ? { notice } : {}),
        ...(outlook ? { outlook } : {}),
        redact: ctx.redactor.redact,
    });
    return { ...result, record };
}

;// CONCATENATED MODULE: ./src/decide/run-event.ts
// Which workflow runs App mode may judge, pure. App mode judges a run by its head commit
// (`head_sha`): the policy's evidence is read for that commit. That is sound only when the job runs
// the workflow file and the code of that commit, which depends on the event that started the run
// (docs/app-mode.md, "Which runs the App judges"). A `pull_request` run, for one, executes the merge
// of the pull request into its base branch (`refs/pull/<n>/merge`) while its `head_sha` is the pull
// request's head: someone who opens a pull request whose head is an approved commit, into a base
// branch of their own whose workflow deploys, would otherwise have that workflow judged by the
// approved commit. So only an allow-list of events is judged; every other run is refused.
/**
 * Events whose runs execute the workflow and the code of the run's head commit: `push` (the pushed
 * commit), `workflow_dispatch` (the tip of the chosen branch or tag), `deployment` (the commit to be
 * deployed), `schedule` and `repository_dispatch` (the tip of the default branch), `release` (the
 * tagged commit).
 */
const JUDGEABLE_RUN_EVENTS = [
    'push',
    'workflow_dispatch',
    'deployment',
    'schedule',
    'release',
    'repository_dispatch',
];
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/**
 * Undefined when App mode may judge the run by its head commit; else why not. `requestedSha`: the
 * commit a protection-rule request names ('' when it names none), which must be the run's.
 */
function runRefusal(run, requestedSha = '') {
    if (!JUDGEABLE_RUN_EVENTS.includes(run.event))
        return { kind: 'event', event: run.event, headSha: run.headSha };
    if (!SHA.test(run.headSha))
        return { kind: 'no-head', event: run.event };
    if (requestedSha !== '' && requestedSha.toLowerCase() !== run.headSha.toLowerCase()) {
        return { kind: 'sha-mismatch', requested: requestedSha, headSha: run.headSha };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/report/explain.ts
var explain = __webpack_require__(7389);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/render-app-answer.ts
// App mode's answer to a deployment protection rule (docs/app-mode.md): the state GitHub is told
// and the comment it shows on the run. On call: approved, naming the schedule and until when.
// Escalation still waiting: no state, a status comment saying who was paged. Anything else:
// rejected, with why and what to do. GitHub takes at most 1024 characters; the first line always
// fits and says the outcome. The words come from explain.ts, with App mode's advice. In outage
// mode (a `whenUnavailable` fallback decided) the answer says so before anything else.




/** GitHub's limit on a protection rule comment. */
const APP_COMMENT_MAX = 1024;
const O = { style: explain/* MARKDOWN */.yQ, advice: 'app' };
/** Cut to GitHub's limit, counting characters as GitHub does (code points), with an ellipsis. */
function fitComment(text, max = APP_COMMENT_MAX) {
    const chars = [...text.trim()];
    return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
function approvedLines(d) {
    const lines = d.verdicts.map((v) => {
        const rule = (0,engine/* decidingRule */.aY)(v);
        const why = rule ? (0,explain/* ruleReason */.JJ)(rule, d, O) : v.decidedBy.kind === 'fallback' ? (0,explain/* policyReason */.hN)(v, d, O) : 'approved';
        const shift = rule?.type === 'auto' && rule.shiftEnd ? ` (the shift ends ${(0,explain/* rfc3339 */.ag)(rule.shiftEnd)})` : '';
        return `Policy ${O.style.code(v.policy)}: ${why}${shift}.`;
    });
    return lines;
}
function incidentLine(i) {
    if (i.kind !== 'paged')
        return `Policy ${O.style.code(i.policy)}: no incident was opened (dry run).`;
    const ref = (0,markdown/* escapeMarkdown */.FV)(i.reference);
    return `Paged ${i.url ? `[${ref}](${i.url})` : ref} for policy ${O.style.code(i.policy)}.`;
}
/** Outage mode: what happened, in one sentence after the outcome (the outcome's words stay first). */
function outageSentence(d) {
    if (!d.degraded)
        return '';
    const why = (0,explain/* outageCause */.PL)(d.degraded.cause);
    return d.result === 'error'
        ? ` OUTAGE MODE: ${why}, and not every matched policy names an outage fallback (${O.style.code('whenUnavailable')}).`
        : ` OUTAGE MODE (degraded): ${why}, so nobody's on-call state could be read and the policies' ${O.style.code('whenUnavailable')} fallback decided: an approving review by a person it names.`;
}
function renderAppAnswer(f) {
    const { decision: d } = f;
    const source = f.policySource ? ` Decided by ${(0,markdown/* escapeMarkdown */.FV)(f.policySource)}.` : '';
    const fixes = (0,explain/* decisionFixes */.Ox)(d, O);
    const todo = fixes.length > 0 ? ` What to do: ${fixes.join(' ')}` : '';
    const outage = outageSentence(d);
    let state;
    let text;
    switch (d.result) {
        case 'approved': {
            state = 'approved';
            const until = d.expiresAt ? ` until ${(0,explain/* rfc3339 */.ag)(d.expiresAt)}` : '';
            const by = d.approvedBy && d.approvedBy !== 'auto'
                ? `approved by ${O.style.code(d.approvedBy)}`
                : `${O.style.code(d.requester.login)} is on call`;
            text = `✅ oncall-gate approved this deployment${until}: ${by}.${outage} ${approvedLines(d).join(' ')}${source}`;
            break;
        }
        case 'pending': {
            const paged = (f.incidents ?? []).map(incidentLine);
            const waiting = d.degraded ? 'waiting for an approval by a person the outage fallback names' : 'waiting for an on-call approval';
            text = `⏳ oncall-gate: ${waiting}.${outage} ${[...paged, ...(0,explain/* decisionReasons */.EP)(d, O)].join(' ')}${todo}${source}`;
            break;
        }
        case 'error':
            state = 'rejected';
            text = `⛔ oncall-gate could not decide, so it rejected this deployment.${outage} ${(0,explain/* decisionReasons */.EP)(d, O).join(' ')}${todo}`;
            break;
        case 'denied':
            state = 'rejected';
            text = `❌ oncall-gate rejected this deployment.${outage} ${(0,explain/* decisionReasons */.EP)(d, O).join(' ')}${todo}${source}`;
            break;
        case 'not-required':
            // App mode always names an environment, so a decision without policies cannot approve.
            state = 'rejected';
            text = '❌ oncall-gate rejected this deployment: no policy applies to this environment.';
            break;
    }
    return { ...(state ? { state } : {}), comment: fitComment(f.redact(text)) };
}
/** Why App mode does not judge a run (decide/run-event.ts), and what to do instead: one sentence each. */
function runRefusalText(r, o = O) {
    const c = o.style.code;
    const events = JUDGEABLE_RUN_EVENTS.map(c).join(', ');
    switch (r.kind) {
        case 'event': {
            const started = r.event ? `this run was started by a ${c(r.event)} event` : 'GitHub does not say which event started this run';
            const head = r.headSha ? ` ${c(r.headSha.slice(0, 12))}` : '';
            return {
                reason: `${started}, and oncall-gate judges only runs that execute the workflow and the code of their own commit (${events}): ` +
                    `such a run may execute other code than its head commit${head} (a pull request run, the merge into its base branch), ` +
                    'so no approval of that commit vouches for what this job runs',
                fix: `Deploy from a run of a ${c('push')} to the default branch, or a ${c('workflow_dispatch')} of it.`,
            };
        }
        case 'no-head':
            return {
                reason: `GitHub names no commit for this ${c(r.event)} run, so there is nothing to judge`,
                fix: 'Re-run the job; if GitHub still names no commit, deploy from a new run.',
            };
        case 'sha-mismatch':
            return {
                reason: `the request names the commit ${c(r.requested.slice(0, 12))} but the run is of ${c(r.headSha.slice(0, 12))}; ` +
                    'oncall-gate judges a run only by its own commit',
                fix: 'Re-run the job; if the two still differ, deploy from a new run.',
            };
    }
}
/** App mode's answer to a run it does not judge: rejected, with why and what to do. */
function renderRunRefusal(r, redact) {
    const { reason, fix } = runRefusalText(r);
    return { state: 'rejected', comment: fitComment(redact(`⛔ oncall-gate rejected this deployment: ${reason}. What to do: ${fix}`)) };
}

// EXTERNAL MODULE: ./src/decide/review.ts
var review = __webpack_require__(226);
;// CONCATENATED MODULE: ./src/app/deliveries.ts
// The two deliveries App mode acts on, decoded defensively. GitHub's schema makes every field of a
// `deployment_protection_rule` optional, and a payload is data: nothing in it is trusted further
// than its shape. Where to answer comes only from the callback URL, and only when that URL is on
// the configured GitHub API (the App never sends its token anywhere a payload says); everything
// else is checked against what GitHub's names and IDs can look like. Pure.

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (o, path) => path.split('.').reduce((cur, k) => (isObj(cur) ? cur[k] : undefined), o);
const str = (o, path) => {
    const v = at(o, path);
    return typeof v === 'string' ? v : '';
};
/** A repository owner or name as GitHub allows them (never `.` or `..`). */
const NAME_CHARS = /^[A-Za-z0-9_.-]{1,100}$/;
const NAME = { test: (s) => NAME_CHARS.test(s) && s !== '.' && s !== '..' };
/** A user login, or an App's bot account (`name[bot]`). */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
/** Environment names: GitHub allows up to 255 characters; no control characters. */
const ENVIRONMENT = /^[^\p{Cc}]{1,255}$/u;
const positiveId = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined);
/**
 * The run and repository of a callback URL, when it is `<apiUrl>/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule`
 * on the configured API (origin and path prefix); undefined otherwise.
 */
function parseCallbackUrl(raw, apiUrl) {
    let url;
    let api;
    try {
        url = new URL(raw);
        api = new URL(apiUrl);
    }
    catch {
        return undefined;
    }
    if (url.origin !== api.origin || url.search || url.hash || url.username || url.password)
        return undefined;
    const prefix = api.pathname.replace(/\/+$/, '');
    if (!url.pathname.startsWith(`${prefix}/`))
        return undefined;
    const m = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d{1,16})\/deployment_protection_rule$/.exec(url.pathname.slice(prefix.length));
    if (!m)
        return undefined;
    let owner;
    let repo;
    try {
        owner = decodeURIComponent(m[1] ?? '');
        repo = decodeURIComponent(m[2] ?? '');
    }
    catch {
        return undefined;
    }
    const runId = Number(m[3]);
    if (!NAME.test(owner) || !NAME.test(repo) || !Number.isSafeInteger(runId) || runId <= 0)
        return undefined;
    return { repository: { owner, repo }, runId };
}
function decodeProtectionRuleRequest(payload, apiUrl) {
    if (!isObj(payload))
        return { kind: 'ignore', problem: 'the payload is not a JSON object' };
    const installationId = positiveId(at(payload, 'installation.id'));
    if (installationId === undefined)
        return { kind: 'ignore', problem: 'the payload has no installation.id, so no token can answer it' };
    const callback = str(payload, 'deployment_callback_url');
    const where = parseCallbackUrl(callback, apiUrl);
    if (!where) {
        return {
            kind: 'ignore',
            problem: callback
                ? `deployment_callback_url is not a protection-rule callback on ${new URL(apiUrl).origin}; nothing is sent there`
                : 'the payload has no deployment_callback_url',
        };
    }
    const environment = str(payload, 'environment') || str(payload, 'deployment.environment');
    if (!ENVIRONMENT.test(environment)) {
        return { kind: 'ignore', problem: environment ? 'environment is not a valid environment name' : 'the payload names no environment' };
    }
    const target = { installationId, repository: where.repository, runId: where.runId, environment };
    const fullName = str(payload, 'repository.full_name');
    if (fullName && fullName.toLowerCase() !== `${where.repository.owner}/${where.repository.repo}`.toLowerCase()) {
        return { kind: 'reject', target, problem: 'The request names one repository in repository.full_name and another in its callback URL' };
    }
    const requester = str(payload, 'sender.login');
    if (!LOGIN.test(requester)) {
        return {
            kind: 'reject',
            target,
            problem: requester
                ? 'The request names a sender whose login is not a GitHub login'
                : 'The request names no sender, so there is nobody whose on-call state could be checked',
        };
    }
    const sha = [str(payload, 'sha'), str(payload, 'deployment.sha')].find(review/* isCommitSha */._$) ?? '';
    const defaultBranch = str(payload, 'repository.default_branch');
    return {
        kind: 'request',
        request: {
            ...target,
            defaultBranch: /^[^\p{Cc} ~^:?*[\\]{1,255}$/u.test(defaultBranch) ? defaultBranch : '',
            sha,
            ref: (str(payload, 'ref') || str(payload, 'deployment.ref')).slice(0, 255),
            event: str(payload, 'event').slice(0, 64),
            requester,
        },
    };
}
/**
 * A `pull_request_review` delivery as a trigger. Only a pull request merged into the default
 * branch can be evidence, so any other is ignored here; the evidence itself is read fresh from
 * GitHub by the gate, never taken from the payload.
 */
function decodeReviewTrigger(payload) {
    if (!isObj(payload))
        return { kind: 'ignore', why: 'the payload is not a JSON object' };
    const action = str(payload, 'action');
    if (!['submitted', 'dismissed', 'edited'].includes(action))
        return { kind: 'ignore', why: `review action "${action.slice(0, 40)}"` };
    const installationId = positiveId(at(payload, 'installation.id'));
    if (installationId === undefined)
        return { kind: 'ignore', why: 'no installation.id' };
    const [owner = '', repo = '', ...more] = str(payload, 'repository.full_name').split('/');
    if (!NAME.test(owner) || !NAME.test(repo) || more.length > 0)
        return { kind: 'ignore', why: 'no valid repository.full_name' };
    const defaultBranch = str(payload, 'repository.default_branch');
    const pullNumber = positiveId(at(payload, 'pull_request.number'));
    if (!defaultBranch || pullNumber === undefined)
        return { kind: 'ignore', why: 'no default branch or pull request number' };
    const mergeCommitSha = str(payload, 'pull_request.merge_commit_sha');
    if (!str(payload, 'pull_request.merged_at') || !(0,review/* isCommitSha */._$)(mergeCommitSha))
        return { kind: 'ignore', why: `pull request #${pullNumber} is not merged` };
    if (str(payload, 'pull_request.base.ref') !== defaultBranch) {
        return { kind: 'ignore', why: `pull request #${pullNumber} was merged into another branch than ${defaultBranch}` };
    }
    return { kind: 'trigger', trigger: { installationId, repository: { owner, repo }, defaultBranch, pullNumber, mergeCommitSha } };
}

;// CONCATENATED MODULE: ./src/app/protection-rule.ts
// `deployment_protection_rule` `requested`: a job of a workflow run waits on an environment this
// App gates. Decode the request, take a token for that one repository, decide exactly as the
// action's `gate` does (decideGate: the policy at the default branch's tip, the requester's
// on-call state, for an escalation the review evidence of pull requests merged into the default
// branch and the run's incident under the same request key), and answer: approved, rejected, or a
// status comment while the escalation waits. Idempotent: answering a gate GitHub no longer waits on
// (422) is "already answered", and a second request for the same run finds its incident.









const where = (t) => `${t.repository.owner}/${t.repository.repo} run ${t.runId} ${logSafe(JSON.stringify(t.environment), 120)}`;
const logDecision = (d) => `${d.result}${d.result === 'error' ? ` (${logSafe(d.error?.message ?? '', 300)})` : ''}`;
/** Sends the answer; a gate that no longer waits (422) is not an error. */
async function answer(scope, t, a) {
    const review = { environment: t.environment, comment: a.comment, ...(a.state ? { state: a.state } : {}) };
    const sent = await scope.port.reviewDeploymentGate(t.runId, review);
    const what = a.state ?? 'status comment';
    return sent === 'answered' ? what : `${what} not needed: GitHub no longer waits on this gate (already answered)`;
}
/** Handles one request; returns the log line. Throws only when no answer could be sent. */
async function handleProtectionRule(rt, payload) {
    const decoded = decodeProtectionRuleRequest(payload, rt.config.github.apiUrl);
    if (decoded.kind === 'ignore')
        return `deployment_protection_rule ignored: ${decoded.problem}`;
    const target = decoded.kind === 'request' ? decoded.request : decoded.target;
    const scope = await rt.repository(target.installationId, target.repository);
    try {
        if (decoded.kind === 'reject') {
            const comment = fitComment(scope.redactor.redact(`⛔ oncall-gate rejected this deployment: ${decoded.problem}.`));
            return `${where(target)}: malformed request (${decoded.problem}): ${await answer(scope, target, { state: 'rejected', comment })}`;
        }
        const request = decoded.request;
        const now = rt.clock();
        /** What was decided, for the log line. */
        let decided;
        let a;
        try {
            // The attempt scopes the incident create's idempotency key; the run's commit is what is judged.
            const run = await scope.port.getWorkflowRun(request.runId);
            // Only a run that executes its own commit's workflow and code is judged by that commit, and a
            // request that names a commit must name the run's (decide/run-event.ts).
            const refusal = runRefusal(run, request.sha);
            if (refusal) {
                a = renderRunRefusal(refusal, scope.redactor.redact);
                decided = `refused (${logSafe(runRefusalText(refusal).reason, 300)})`;
            }
            else {
                const ctx = scope.context({
                    defaultBranch: request.defaultBranch,
                    environment: request.environment,
                    requester: request.requester,
                    runId: request.runId,
                    runAttempt: run.runAttempt,
                    sha: run.headSha,
                    ref: request.ref,
                });
                const { outcome } = await scope.within(decideGate(ctx));
                a = renderAppAnswer({
                    decision: outcome.decision,
                    incidents: outcome.incidents ?? [],
                    ...(outcome.source ? { policySource: gate_policy_describePolicySource(rt.config.policyPath, outcome.source) } : {}),
                    redact: scope.redactor.redact,
                });
                decided = logDecision(outcome.decision);
            }
        }
        catch (error) {
            // Fail closed: what could not be decided is rejected, with the reason and the fix.
            const message = scope.redactor.redact((0,src_errors/* isError */.bJ)(error) ? error.message : (0,describe_error/* describeError */.U)(error));
            const decision = (0,engine/* errorDecision */.zo)({
                requester: { login: request.requester, emails: [] },
                at: now,
                message,
                ...((0,src_errors/* isError */.bJ)(error) && error.fix ? { fix: scope.redactor.redact(error.fix) } : {}),
            });
            a = renderAppAnswer({ decision, redact: scope.redactor.redact });
            decided = logDecision(decision);
        }
        const sent = await answer(scope, target, a);
        return `${where(target)} requested by ${request.requester}: ${decided}; answered ${sent}`;
    }
    finally {
        scope.dispose();
    }
}

;// CONCATENATED MODULE: ./src/app/recheck.ts
// Approval later, without a database: a deployment the request left waiting is checked again when
// a review of a pull request merged into the default branch arrives (the runs of its merge
// commit), and by the sweep (every waiting run of every repository the App is installed on, so a
// lost webhook never leaves a deploy waiting for GitHub's 30 days). A later check judges the
// escalation evidence only and only ever approves: `auto` was judged when the deployment was
// requested (a request made off call must not go out when a shift starts), a check that finds no
// approval pages nobody and answers nothing (the request already did), and a denial is left to the
// request, which saw the same tip. A run started by an event that executes other code than its head
// commit (a pull request's merge, say) is never judged at all. Only the environments whose protection rules name this App are
// touched; GitHub lets an App answer its own rule only.








/** Whether this App's protection rule gates an environment, asked once per environment and piece of work. */
function gatedByApp(rt, scope) {
    const known = new Map();
    return (environment) => {
        let answer = known.get(environment);
        if (!answer) {
            answer = scope.port.listProtectionRuleApps(environment).then((apps) => apps.includes(rt.appId));
            known.set(environment, answer);
        }
        return answer;
    };
}
/** Checks one waiting run again, environment by environment. */
async function recheckRun(rt, open, run, defaultBranch, gated, listing) {
    const out = [];
    const name = `${listing.repository.owner}/${listing.repository.repo} run ${run.id}`;
    let environments;
    try {
        environments = await listing.port.listPendingEnvironments(run.id);
    }
    catch (error) {
        out.push({
            runId: run.id,
            environment: '',
            outcome: 'error',
            line: `${name}: ${logSafe((0,describe_error/* describeError */.U)(error, listing.redactor.redact), 300)}`,
        });
        return { outcomes: out };
    }
    for (const environment of environments) {
        const label = `${name} ${logSafe(JSON.stringify(environment), 120)}`;
        let scope;
        try {
            if (!(await gated(environment)))
                continue;
            // A run whose event executes other code than its head commit is never approved on that
            // commit's evidence (decide/run-event.ts); its request was rejected, and nothing is read.
            const refusal = runRefusal(run);
            if (refusal) {
                out.push({
                    runId: run.id,
                    environment,
                    outcome: 'refused',
                    line: `${label}: not judged: ${logSafe(runRefusalText(refusal).reason, 300)}`,
                });
                continue;
            }
            // Each environment is its own piece of work, with its own deadline.
            scope = await open();
            const ctx = scope.context({
                defaultBranch,
                environment,
                requester: run.triggeringActor,
                runId: run.id,
                runAttempt: run.runAttempt,
                sha: run.headSha,
                ref: '',
            });
            const { outcome } = await scope.within(decideGate(ctx, { judgeAuto: false, page: false, incidentMayExist: true }));
            const d = outcome.decision;
            if (d.result !== 'approved') {
                const why = d.result === 'error' ? (d.error?.message ?? '') : ((0,explain/* decisionReasons */.EP)(d, { style: explain/* PLAIN */.tZ, advice: 'app' })[0] ?? d.result);
                out.push({
                    runId: run.id,
                    environment,
                    outcome: d.result === 'error' ? 'error' : 'waiting',
                    line: `${label}: still waiting (${logSafe(why, 300)})`,
                });
                continue;
            }
            const answer = renderAppAnswer({
                decision: d,
                ...(outcome.source ? { policySource: gate_policy_describePolicySource(rt.config.policyPath, outcome.source) } : {}),
                redact: scope.redactor.redact,
            });
            const sent = await scope.port.reviewDeploymentGate(run.id, { environment, comment: answer.comment, state: 'approved' });
            out.push({
                runId: run.id,
                environment,
                outcome: sent === 'answered' ? 'approved' : 'already-answered',
                line: `${label}: ${sent === 'answered' ? `approved (by ${d.approvedBy ?? '?'})` : 'already answered'}`,
            });
        }
        catch (error) {
            const redact = (scope ?? listing).redactor.redact;
            out.push({ runId: run.id, environment, outcome: 'error', line: `${label}: ${logSafe((0,describe_error/* describeError */.U)(error, redact), 300)}` });
        }
        finally {
            scope?.dispose();
        }
    }
    return { outcomes: out };
}
/** The waiting runs of one repository (of one commit, when given), each checked again. */
async function recheckRepository(rt, installationId, repository, defaultBranch, headSha) {
    const open = () => rt.repository(installationId, repository);
    const listing = await open();
    try {
        const runs = await listing.port.listWaitingRuns(headSha);
        const gated = gatedByApp(rt, listing);
        const outcomes = [];
        for (const run of runs)
            outcomes.push(...(await recheckRun(rt, open, run, defaultBranch, gated, listing)).outcomes);
        return { outcomes };
    }
    finally {
        listing.dispose();
    }
}
/** `pull_request_review`: the runs of the reviewed pull request's merge commit, checked again. Returns the log line. */
async function handleReview(rt, payload) {
    const decoded = decodeReviewTrigger(payload);
    if (decoded.kind === 'ignore')
        return `pull_request_review ignored: ${decoded.why}`;
    const t = decoded.trigger;
    const { outcomes } = await recheckRepository(rt, t.installationId, t.repository, t.defaultBranch, t.mergeCommitSha);
    const head = `${t.repository.owner}/${t.repository.repo}#${t.pullNumber} reviewed`;
    if (outcomes.length === 0)
        return `${head}: no run of ${t.mergeCommitSha.slice(0, 12)} waits on this App`;
    return `${head}: ${outcomes.map((o) => o.line).join('; ')}`;
}
/** Every waiting run of every repository the App is installed on, checked again. */
async function sweep(rt) {
    const report = { repositories: 0, outcomes: [], failures: [] };
    const installations = await rt.authority.installations();
    for (const installation of installations) {
        let repositories;
        try {
            repositories = await rt.authority.repositories(installation.id);
        }
        catch (error) {
            report.failures.push(`installation ${installation.id} (${installation.account}): ${(0,describe_error/* describeError */.U)(error, rt.redactor.redact)}`);
            continue;
        }
        for (const r of repositories) {
            report.repositories++;
            try {
                const { outcomes } = await recheckRepository(rt, installation.id, { owner: r.owner, repo: r.repo }, r.defaultBranch);
                report.outcomes.push(...outcomes);
            }
            catch (error) {
                report.failures.push(`${r.owner}/${r.repo}: ${(0,describe_error/* describeError */.U)(error, rt.redactor.redact)}`);
            }
        }
    }
    return report;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./node_modules/@octokit/webhooks/dist-bundle/index.js + 1 modules
var dist_bundle = __webpack_require__(5468);
;// CONCATENATED MODULE: ./src/app/webhook-handler.ts
// The one webhook handler of App mode, as a Fetch API function (Request -> Response), so the same
// code answers on the embedded Node server (node-host.ts) and on a serverless platform (lambda.ts).
// Order matters: the route, then the signature over the exact body bytes, and only then parsing.
// A missing or wrong signature is 401 and the log says nothing but the delivery ID (a header, so
// itself checked). A signed delivery is handed to @octokit/webhooks' createWebMiddleware, which
// verifies it again, dispatches it by event, and answers 202 "still processing" when the work takes
// longer than GitHub waits (10 s): the answer then still arrives, through the callback. A delivery
// ID seen before (GitHub's redelivery repeats it) changes nothing.

/** The largest body read: App deliveries of these events are a few tens of kilobytes. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** GitHub stops waiting for an answer after 10 seconds. */
const RESPONSE_TIMEOUT_MS = 9_000;
/** Delivery IDs remembered for duplicates. */
const REMEMBERED = 10_000;
/** The delivery ID as logged: a UUID-like header value, or a placeholder for anything else. */
function deliveryLabel(id) {
    return id && /^[0-9A-Za-z-]{1,64}$/.test(id) ? id : '(no valid delivery ID)';
}
const webhook_handler_text = (status, body) => new Response(`${body}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
/** Reads at most `max` bytes of the body; undefined when it is longer. */
async function readBody(request, max) {
    const declared = Number(request.headers.get('content-length') ?? '');
    if (Number.isFinite(declared) && declared > max)
        return undefined;
    if (!request.body)
        return new Uint8Array();
    const chunks = [];
    let size = 0;
    for await (const chunk of request.body) {
        size += chunk.byteLength;
        if (size > max)
            return undefined;
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
function createWebhookHandler(o) {
    const max = o.maxBodyBytes ?? MAX_BODY_BYTES;
    // Nothing of a delivery's content is ever logged by the library: its log is silent, ours says what happened.
    const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    const webhooks = new dist_bundle/* Webhooks */.zo({ secret: o.secret, log: silent });
    const seen = new Map();
    /** Runs a delivery's work once per delivery ID; a failed one may be delivered again. */
    const once = (id, event, work) => {
        const label = deliveryLabel(id);
        const known = seen.get(id);
        if (known) {
            o.log.info(`delivery ${label} ${event}: duplicate of a delivery already handled; nothing done`);
            return known;
        }
        const run = work().then((line) => o.log.info(`delivery ${label} ${event}: ${line}`), (error) => {
            seen.delete(id);
            o.log.warning(`delivery ${label} ${event}: failed, no answer was sent: ${error instanceof Error ? error.message : String(error)}`);
            // The library answers 500 with this message: nothing of the failure leaves the server.
            throw new Error('oncall-gate could not handle this delivery; see the App server log');
        });
        seen.set(id, run);
        run.catch(() => undefined);
        if (seen.size > REMEMBERED)
            seen.delete(seen.keys().next().value ?? '');
        return run;
    };
    webhooks.on('deployment_protection_rule.requested', ({ id, payload }) => once(id, 'deployment_protection_rule.requested', () => o.onProtectionRule(payload)));
    webhooks.on('pull_request_review', ({ id, payload }) => once(id, `pull_request_review.${String(payload.action)}`, () => o.onReview(payload)));
    const middleware = (0,dist_bundle/* createWebMiddleware */.$9)(webhooks, { path: o.path, log: silent, timeout: o.responseTimeoutMs ?? RESPONSE_TIMEOUT_MS });
    return async (request) => {
        const url = new URL(request.url);
        if (url.pathname === '/healthz' && (request.method === 'GET' || request.method === 'HEAD'))
            return webhook_handler_text(200, 'ok');
        if (url.pathname !== o.path)
            return webhook_handler_text(404, 'not found');
        if (request.method !== 'POST')
            return webhook_handler_text(405, 'POST webhook deliveries here');
        const label = deliveryLabel(request.headers.get('x-github-delivery'));
        const signature = request.headers.get('x-hub-signature-256');
        if (!signature) {
            o.log.warning(`delivery ${label}: refused (401): no X-Hub-Signature-256`);
            return webhook_handler_text(401, 'signature required');
        }
        const body = await readBody(request, max);
        if (!body) {
            o.log.warning(`delivery ${label}: refused (413): body over ${max} bytes`);
            return webhook_handler_text(413, 'payload too large');
        }
        const raw = new TextDecoder('utf-8').decode(body);
        // Before anything reads the body: the signature of its exact bytes.
        const valid = await webhooks.verify(raw, signature).catch(() => false);
        if (!valid) {
            o.log.warning(`delivery ${label}: refused (401): the signature does not match`);
            return webhook_handler_text(401, 'signature does not match');
        }
        let parsed;
        try {
            parsed = JSON.parse(raw);
        }
        catch {
            parsed = undefined;
        }
        if (typeof parsed !== 'object' ||
            parsed === null ||
            Array.isArray(parsed) ||
            !request.headers.get('x-github-event') ||
            label !== request.headers.get('x-github-delivery')) {
            o.log.warning(`delivery ${label}: refused (400): signed, but not a JSON object with GitHub's event headers`);
            return webhook_handler_text(400, 'not a webhook delivery');
        }
        const headers = new Headers(request.headers);
        headers.delete('content-length');
        return middleware(new Request(url, { method: 'POST', headers, body: raw }));
    };
}

;// CONCATENATED MODULE: ./src/app/node-host.ts
// The embedded host of App mode: a node:http server that hands each request to the one Fetch API
// handler (webhook-handler.ts) and writes its Response back. Bodies are capped while they are read,
// and slow clients are cut off, so a stranger on the network cannot tie the server up.


function toRequest(req, origin, body) {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined)
            continue;
        for (const v of Array.isArray(value) ? value : [value])
            headers.append(name, v);
    }
    const method = req.method ?? 'GET';
    return new Request(new URL(req.url ?? '/', origin), {
        method,
        headers,
        ...(body && method !== 'GET' && method !== 'HEAD' ? { body } : {}),
    });
}
async function startNodeHost(handler, options) {
    const max = options.maxBodyBytes ?? MAX_BODY_BYTES;
    let origin = '';
    const server = (0,external_node_http_.createServer)((req, res) => {
        const chunks = [];
        let size = 0;
        let tooLarge = false;
        req.on('data', (c) => {
            size += c.length;
            if (size > max) {
                tooLarge = true;
                chunks.length = 0;
            }
            else if (!tooLarge)
                chunks.push(c);
        });
        req.on('end', () => {
            if (tooLarge) {
                res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }).end('payload too large\n');
                return;
            }
            handler(toRequest(req, origin, Buffer.concat(chunks)))
                .then(async (response) => {
                const body = Buffer.from(await response.arrayBuffer());
                const headers = {};
                response.headers.forEach((v, k) => (headers[k] = v));
                headers['content-length'] = String(body.length);
                res.writeHead(response.status, headers).end(body);
            })
                .catch(() => {
                if (!res.headersSent)
                    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
                res.end('internal error\n');
            });
        });
        req.on('error', () => res.destroy());
    });
    server.requestTimeout = 30_000;
    server.headersTimeout = 10_000;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => resolve());
    });
    const address = server.address();
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    origin = `http://${host}:${address.port}`;
    return {
        url: origin,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeIdleConnections();
        }),
    };
}

;// CONCATENATED MODULE: ./src/app/server.ts
// App mode assembled: the webhook handler wired to the two handlers, and the embedded server with
// its sweep timer. The Fetch API handler is also what lambda.ts serves.




function createAppHandler(rt, options = {}) {
    return createWebhookHandler({
        secret: rt.config.webhookSecret,
        path: rt.config.webhookPath,
        log: rt.log,
        onProtectionRule: (payload) => handleProtectionRule(rt, payload),
        onReview: (payload) => handleReview(rt, payload),
        ...(options.responseTimeoutMs ? { responseTimeoutMs: options.responseTimeoutMs } : {}),
    });
}
/** One sweep, logged: a line per approval and error, then the totals. */
async function runSweep(rt) {
    const report = await sweep(rt);
    for (const o of report.outcomes)
        if (o.outcome !== 'waiting')
            rt.log.info(`sweep: ${o.line}`);
    for (const f of report.failures)
        rt.log.warning(`sweep: ${f}`);
    const count = (k) => report.outcomes.filter((o) => o.outcome === k).length;
    rt.log.info(`sweep: ${report.repositories} repositories, ${report.outcomes.length} waiting deployments gated by this App: ` +
        `${count('approved')} approved, ${count('already-answered')} already answered, ${count('waiting')} still waiting, ${count('refused')} refused, ${count('error') + report.failures.length} errors`);
    return report;
}
async function startAppServer(rt) {
    const host = await startNodeHost(createAppHandler(rt), { host: rt.config.host, port: rt.config.port });
    let sweeping;
    const tick = () => {
        if (sweeping)
            return;
        sweeping = runSweep(rt)
            .catch((error) => rt.log.warning(`sweep failed: ${error instanceof Error ? error.message : String(error)}`))
            .finally(() => (sweeping = undefined));
    };
    const timer = rt.config.sweepIntervalMs > 0 ? setInterval(tick, rt.config.sweepIntervalMs) : undefined;
    return {
        url: host.url,
        webhookUrl: `${host.url}${rt.config.webhookPath}`,
        close: async () => {
            if (timer)
                clearInterval(timer);
            await host.close();
            await sweeping;
        },
    };
}

;// CONCATENATED MODULE: ./src/app/command.ts





const APP_USAGE = `Usage: oncall-gate app [--sweep] [--env-file FILE] [--host H] [--port N]

Runs oncall-gate as a GitHub App: a custom deployment protection rule (docs/app-mode.md).
  (no option)      serve webhooks on http://HOST:PORT/api/github/webhooks until stopped,
                   and check waiting deployments again every ONCALL_GATE_SWEEP_MINUTES (10)
  --sweep          check every waiting deployment once and exit
  --env-file FILE  read settings from FILE (default: .env when it exists); the environment wins

Settings (environment or .env): GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY or GITHUB_APP_PRIVATE_KEY_FILE,
GITHUB_APP_WEBHOOK_SECRET or GITHUB_APP_WEBHOOK_SECRET_FILE, INCIDENTIO_API_KEY or INCIDENTIO_API_KEY_FILE,
and optionally INCIDENTIO_API_URL, GITHUB_API_URL, GITHUB_SERVER_URL, ONCALL_GATE_POLICY_PATH (policies),
HOST (127.0.0.1), PORT (3000), ONCALL_GATE_WEBHOOK_PATH, ONCALL_GATE_SWEEP_MINUTES (10; 0: off),
ONCALL_GATE_API_TIMEOUT (60 s per delivery), ONCALL_GATE_DEBUG=1 (the gate's own log lines).
Exit codes: 0 stopped or swept cleanly, 1 a sweep with errors or a failure, 2 usage or settings error.`;
function parseArgs(args) {
    const out = { sweep: false, help: false };
    for (let i = 0; i < args.length; i++) {
        const a = args[i] ?? '';
        const value = () => {
            const eq = a.indexOf('=');
            if (eq > 0)
                return a.slice(eq + 1);
            return args[++i];
        };
        const name = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
        if (name === '--sweep')
            out.sweep = true;
        else if (name === '--help' || name === '-h')
            out.help = true;
        else if (name === '--env-file' || name === '--host' || name === '--port') {
            const v = value();
            if (!v)
                return `${name} needs a value`;
            if (name === '--env-file')
                out.envFile = v;
            else if (name === '--host')
                out.host = v;
            else
                out.port = v;
        }
        else
            return `unknown option "${a}"`;
    }
    return out;
}
function signals() {
    return new Promise((resolve) => {
        const stop = (signal) => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve(signal);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}
async function runAppCommand(args, env, o) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
        o.out.error(`oncall-gate app: ${parsed}\n\n${APP_USAGE}`);
        return 2;
    }
    if (parsed.help) {
        o.out.log(APP_USAGE);
        return 0;
    }
    let config;
    try {
        const merged = withEnvFile(env, parsed.envFile ?? '.env', undefined, parsed.envFile !== undefined);
        config = readAppConfig({ ...merged, ...(parsed.host ? { HOST: parsed.host } : {}), ...(parsed.port ? { PORT: parsed.port } : {}) });
    }
    catch (error) {
        // Settings errors name the variable, never its value.
        o.out.error(`oncall-gate app: ${(0,describe_error.describeCliError)(error)}`);
        return (0,src_errors/* isError */.bJ)(error, 'input') ? 2 : 1;
    }
    const rt = createAppRuntime({
        config,
        clock: o.clock,
        write: (line) => o.out.log(line),
        debug: /^(1|true)$/i.test(env.ONCALL_GATE_DEBUG ?? ''),
    });
    if (parsed.sweep) {
        try {
            const report = await runSweep(rt);
            return report.failures.length > 0 || report.outcomes.some((x) => x.outcome === 'error') ? 1 : 0;
        }
        catch (error) {
            o.out.error(`oncall-gate app --sweep: ${(0,describe_error.describeCliError)(error, rt.redactor.redact)}`);
            return 1;
        }
    }
    let server;
    try {
        server = await startAppServer(rt);
    }
    catch (error) {
        o.out.error(`oncall-gate app: cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
    }
    rt.log.info(`oncall-gate App ${config.appId} listening: ${server.webhookUrl}` +
        (config.sweepIntervalMs > 0 ? `; sweeping waiting deployments every ${config.sweepIntervalMs / 60_000} min` : '; sweep off'));
    o.onListening?.(server.webhookUrl);
    const why = await (o.stopped ?? signals());
    rt.log.info(`stopping (${String(why)})`);
    await server.close();
    return 0;
}


/***/ }),

/***/ 5285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitTree: () => (/* binding */ commitTree),
/* harmony export */   gitObjectStoreError: () => (/* binding */ gitObjectStoreError),
/* harmony export */   gitReadEnv: () => (/* binding */ gitReadEnv),
/* harmony export */   objectId: () => (/* binding */ objectId),
/* harmony export */   openObjectStore: () => (/* binding */ openObjectStore),
/* harmony export */   parseTree: () => (/* binding */ parseTree)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
// Reads objects from a repository's git object database through one long-lived
// `git cat-file --batch-command` process, and checks every object against its name: the object
// ID is the hash of the object's type, size and content, so an object read here is exactly the
// committed content, whatever a working tree, an index or a replaced object file holds.
//
// Why a git process and not a library: reading packfiles (delta chains, pack indexes, two object
// formats) is most of a git implementation; the git on the runner does it, and one process
// answers every read of a policy folder. Why check hashes ourselves: `cat-file` trusts the
// object files on disk, and an earlier step of the job could have edited one.




/** The object store cannot be used: no git, not a repository, or an object that fails its hash. */
function gitObjectStoreError(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OncallGateError */ .lN({ kind: 'environment', message, fix: '' });
}
const NAME = /^[^\s]+$/;
/**
 * Git's environment for reading committed content only: nothing from the calling environment
 * that could point git at another repository or object store, no replacement objects
 * (`refs/replace` would swap one object for another), no fetching of missing objects from a
 * promisor remote (a partial clone), no prompts, and no discovery above the folder.
 */
function gitReadEnv(repoDir, env = process.env) {
    const clean = {};
    for (const [k, v] of Object.entries(env))
        if (!k.startsWith('GIT_'))
            clean[k] = v;
    return {
        ...clean,
        GIT_NO_REPLACE_OBJECTS: '1',
        GIT_NO_LAZY_FETCH: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_CEILING_DIRECTORIES: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(repoDir)),
        GIT_CONFIG_NOSYSTEM: '1',
    };
}
/** Opens the object store of the repository whose top level is `repoDir`. */
function openObjectStore(repoDir, options = {}) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(repoDir);
    let child;
    // safe.directory on the command line: a checkout owned by another user (a container job) is
    // still read; the command only reads objects.
    const args = ['-c', `safe.directory=${dir}`, 'cat-file', '--batch-command'];
    const waiting = [];
    let buffer = Buffer.alloc(0);
    let failure;
    let stderr = '';
    const fail = (error) => {
        failure ??= error;
        for (const w of waiting.splice(0))
            w.reject(failure);
    };
    try {
        child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(options.git ?? 'git', args, {
            cwd: dir,
            env: gitReadEnv(dir, options.env),
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
    }
    catch (error) {
        failure = gitObjectStoreError(`Cannot run git: ${error.message}`);
        return failedStore(failure);
    }
    child.on('error', (error) => fail(gitObjectStoreError(`Cannot run git: ${error.message}`)));
    child.stdin.on('error', () => undefined); // reported through 'close' below
    child.stderr.on('data', (d) => {
        if (stderr.length < 2000)
            stderr += d.toString('utf8');
    });
    child.on('close', (code) => {
        const why = stderr.trim().split('\n')[0] || `git exited with code ${String(code)}`;
        fail(gitObjectStoreError(why));
    });
    const drain = () => {
        for (let w = waiting[0]; w; w = waiting[0]) {
            const eol = buffer.indexOf(0x0a);
            if (eol < 0)
                return;
            const header = buffer.subarray(0, eol).toString('utf8');
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                buffer = buffer.subarray(eol + 1);
                waiting.shift();
                w.resolve(undefined);
                continue;
            }
            const [, oid, type, size] = /^([0-9a-f]{40}|[0-9a-f]{64}) (commit|tree|blob|tag) (\d+)$/.exec(header) ?? [];
            if (!oid || !type || !size) {
                fail(gitObjectStoreError(`Unexpected answer from git cat-file: "${header.slice(0, 100)}"`));
                return;
            }
            const info = { oid, type: type, size: Number(size) };
            // An object asked for by its ID must come back under that ID (its content is then checked
            // against it below): git answering with another object is an error, not a substitute.
            if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(w.name) && info.oid !== w.name) {
                fail(gitObjectStoreError(`git answered ${w.name} with another object (${info.oid})`));
                return;
            }
            if (w.want === 'info') {
                buffer = buffer.subarray(eol + 1);
                waiting.shift();
                w.resolve(info);
                continue;
            }
            const end = eol + 1 + info.size;
            if (buffer.length < end + 1)
                return; // content and its newline not all here yet
            const content = Buffer.from(buffer.subarray(eol + 1, end));
            buffer = buffer.subarray(end + 1);
            waiting.shift();
            if (objectId(info.type, content, info.oid.length) !== info.oid) {
                w.reject(gitObjectStoreError(`The ${info.type} ${info.oid} in the checkout's object database does not match its ID (it was altered)`));
                continue;
            }
            w.resolve({ ...info, content });
        }
    };
    child.stdout.on('data', (d) => {
        buffer = buffer.length === 0 ? d : Buffer.concat([buffer, d]);
        drain();
    });
    const ask = (want, name) => {
        if (failure)
            return Promise.reject(failure);
        if (!NAME.test(name))
            return Promise.reject(gitObjectStoreError(`Not an object name: "${name.slice(0, 80)}"`));
        return new Promise((resolvePromise, reject) => {
            waiting.push({ want, name, resolve: resolvePromise, reject });
            child.stdin.write(`${want} ${name}\n`);
        });
    };
    return {
        info: (name) => ask('info', name),
        read: (name) => ask('contents', name),
        close: () => {
            if (child.exitCode === null && !child.killed)
                child.stdin.end();
        },
    };
}
function failedStore(error) {
    return { info: () => Promise.reject(error), read: () => Promise.reject(error), close: () => undefined };
}
/** The ID git gives an object: SHA-1 (40 hex) or SHA-256 (64 hex) of "<type> <size>\0<content>". */
function objectId(type, content, hexLength = 40) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)(hexLength === 64 ? 'sha256' : 'sha1');
    hash.update(`${type} ${content.length}\0`);
    hash.update(content);
    return hash.digest('hex');
}
/** Entries of a tree object: `<mode> <name>\0<raw object ID>` repeated. */
function parseTree(content, hexLength = 40) {
    const raw = hexLength / 2;
    const items = [];
    let at = 0;
    while (at < content.length) {
        const space = content.indexOf(0x20, at);
        const nul = content.indexOf(0x00, space + 1);
        if (space < 0 || nul < 0 || nul + 1 + raw > content.length)
            throw gitObjectStoreError('A tree object in the checkout is malformed');
        items.push({
            mode: content.subarray(at, space).toString('latin1'),
            name: content.subarray(space + 1, nul).toString('utf8'),
            oid: content.subarray(nul + 1, nul + 1 + raw).toString('hex'),
        });
        at = nul + 1 + raw;
    }
    return items;
}
/** The tree a commit object points at. */
function commitTree(content) {
    const tree = /^tree ([0-9a-f]{40}|[0-9a-f]{64})\n/.exec(content.subarray(0, 80).toString('latin1'))?.[1];
    if (!tree)
        throw gitObjectStoreError('A commit object in the checkout is malformed');
    return tree;
}


/***/ }),

/***/ 8336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPolicyAtCommit: () => (/* binding */ readPolicyAtCommit)
/* harmony export */ });
/* harmony import */ var _policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4695);
/* harmony import */ var _object_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5285);
// The policy folder as committed at a commit, read from the git object database (object-store.ts):
// committed content only, never the working tree, with the same rules for links, special files
// and sizes as every other source (policy/policy-tree.ts).


const MODE_KIND = {
    '40000': 'folder',
    '100644': 'file',
    '100755': 'file',
    '120000': 'symlink',
    '160000': 'submodule',
};
/**
 * Reads `policyPath` (repo-relative) at `commitName` (an object ID, `HEAD`, or a ref). undefined
 * when the store does not hold that commit. Throws a `policy` error when the path is not a folder
 * there (a file, a link, a submodule), an `environment` error when the objects cannot be read or
 * fail their hash check.
 */
async function readPolicyAtCommit(store, commitName, policyPath) {
    const commit = await store.read(`${commitName}^{commit}`);
    if (!commit)
        return undefined;
    if (commit.type !== 'commit')
        throw (0,_object_store_js__WEBPACK_IMPORTED_MODULE_1__.gitObjectStoreError)(`${commitName} is not a commit`);
    const hexLength = commit.oid.length;
    const folder = policyPath;
    const segments = folder.split('/').filter((s) => s !== '' && s !== '.');
    const readTree = async (oid, path) => {
        const tree = await store.read(oid);
        if (!tree || tree.type !== 'tree')
            throw (0,_object_store_js__WEBPACK_IMPORTED_MODULE_1__.gitObjectStoreError)(`The tree of ${path || 'the repository root'} at ${commit.oid} is missing from the checkout`);
        return (0,_object_store_js__WEBPACK_IMPORTED_MODULE_1__.parseTree)(tree.content, hexLength);
    };
    let items = await readTree((0,_object_store_js__WEBPACK_IMPORTED_MODULE_1__.commitTree)(commit.content), '');
    for (const [i, segment] of segments.entries()) {
        const path = segments.slice(0, i + 1).join('/');
        const item = items.find((t) => t.name === segment);
        if (!item)
            return { commit: commit.oid, folderMissing: true, files: [] };
        const kind = MODE_KIND[item.mode] ?? 'special';
        if (kind !== 'folder')
            throw (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .notAFolderError */ .R_)(path, kind);
        items = await readTree(item.oid, path);
    }
    const walk = async (list, prefix) => {
        const settled = await Promise.allSettled(list.map(async (item) => {
            const path = `${prefix}/${item.name}`;
            const kind = MODE_KIND[item.mode] ?? 'special';
            if (kind === 'folder')
                return walk(await readTree(item.oid, path), path);
            if (kind === 'file' && (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .isPolicyFileName */ .yP)(path)) {
                const info = await store.info(item.oid);
                if (!info)
                    throw (0,_object_store_js__WEBPACK_IMPORTED_MODULE_1__.gitObjectStoreError)(`${path} (${item.oid}) is missing from the checkout's objects`);
                return [{ path, kind, size: info.size, oid: item.oid }];
            }
            return [{ path, kind, size: 0, oid: item.oid }];
        }));
        return settled.flatMap((s) => {
            if (s.status === 'rejected')
                throw s.reason;
            return s.value;
        });
    };
    const entries = await walk(items, segments.join('/'));
    const plan = (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .planPolicyRead */ .y4)(segments.join('/'), entries);
    const oids = new Map(entries.map((e) => [e.path, e.oid]));
    const read = await Promise.all(plan.read.map(async (entry) => {
        const oid = oids.get(entry.path);
        const blob = oid === undefined ? undefined : await store.read(oid);
        if (!blob || blob.type !== 'blob')
            throw (0,_object_store_js__WEBPACK_IMPORTED_MODULE_1__.gitObjectStoreError)(`${entry.path} is missing from the checkout's objects`);
        return { path: entry.path, text: blob.content.toString('utf8') };
    }));
    return { commit: commit.oid, folderMissing: false, files: (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .policyFilesOf */ .fW)(read, plan) };
}


/***/ }),

/***/ 4695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QL: () => (/* binding */ NOT_TEXT),
/* harmony export */   R_: () => (/* binding */ notAFolderError),
/* harmony export */   fW: () => (/* binding */ policyFilesOf),
/* harmony export */   ph: () => (/* binding */ MAX_POLICY_FILE_BYTES),
/* harmony export */   sD: () => (/* binding */ notTextProblem),
/* harmony export */   uU: () => (/* binding */ policyDirError),
/* harmony export */   y4: () => (/* binding */ planPolicyRead),
/* harmony export */   yP: () => (/* binding */ isPolicyFileName),
/* harmony export */   zc: () => (/* binding */ tooLargeProblem)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_FILES, MAX_POLICY_TOTAL_BYTES, entryProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// What may be read from a policy folder, decided the same way whatever the source: the working
// tree (validate, plan, the CLI), the checkout's git objects (the gate) or the GitHub API (the
// gate without a checkout, request and review). Each reader lists the folder's entries and asks
// this module which files to read; so a symbolic link, a submodule, a special file, an oversized
// file or an oversized folder gets the same answer, with the same words, from every source.

/** The largest policy file read. */
const MAX_POLICY_FILE_BYTES = 256 * 1024;
/** At most this many policy files in the folder. */
const MAX_POLICY_FILES = 1000;
/** At most this many bytes of policy files in all. */
const MAX_POLICY_TOTAL_BYTES = 5 * 1024 * 1024;
const POLICY_FILE = /\.ya?ml$/;
function isPolicyFileName(path) {
    return POLICY_FILE.test(path);
}
const REGULAR_FILES_ONLY = 'oncall-gate reads only regular files from the policy folder, so that what decides is exactly what was reviewed';
/** Why an entry that is not a regular file cannot be under the policy folder. */
function entryProblem(entry) {
    switch (entry.kind) {
        case 'symlink':
            return {
                code: 'symlink',
                message: `\`${entry.path}\` is a symbolic link; ${REGULAR_FILES_ONLY}`,
                fix: 'Replace the link with the file itself (git rm the link, copy the file in its place), or move it out of the policy folder.',
            };
        case 'submodule':
            return {
                code: 'special-file',
                message: `\`${entry.path}\` is a git submodule; ${REGULAR_FILES_ONLY}`,
                fix: 'Copy the policy files into the policy folder, or move the submodule out of it.',
            };
        case 'special':
            return {
                code: 'special-file',
                message: `\`${entry.path}\` is a special file (a pipe, socket or device); ${REGULAR_FILES_ONLY}`,
                fix: 'Remove it from the policy folder.',
            };
        case 'file':
            return undefined;
    }
}
/**
 * The folder cannot be read as a policy folder: a `policy` error about `path` (repo-relative),
 * whose message names the path and the fix.
 */
function policyDirError(path, message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({ kind: 'policy', setting: 'policy-path', file: path, message, fix: '' });
}
/** `policy-path`, or a folder on the way to it, is not a real folder at the source read. */
function notAFolderError(path, kind) {
    if (kind === 'file') {
        return policyDirError(path, `\`${path}\` (on the \`policy-path\` input) is a file, not a folder; set \`policy-path\` to the folder that holds your policy files.`);
    }
    const problem = entryProblem({ path, kind })?.message ?? `\`${path}\` is not a folder`;
    return policyDirError(path, `${problem}. Make \`${path}\` a real folder.`);
}
const formatCount = (n) => n.toLocaleString('en-US');
/**
 * Decides what to read from a listing of the folder `folder` (every entry under it, any depth).
 * Non-YAML regular files are ignored; anything that is not a regular file is a problem whatever
 * its name; a YAML file over the per-file limit is a problem (it is not read); over the count or
 * total-size cap, nothing is read and the folder itself is the problem.
 */
function planPolicyRead(folder, entries) {
    const problems = [];
    const yaml = [];
    for (const entry of entries) {
        const problem = entryProblem(entry);
        if (problem)
            problems.push({ path: entry.path, text: '', problem });
        else if (isPolicyFileName(entry.path))
            yaml.push(entry);
    }
    const total = yaml.reduce((sum, e) => sum + e.size, 0);
    if (yaml.length > MAX_POLICY_FILES || total > MAX_POLICY_TOTAL_BYTES) {
        const what = yaml.length > MAX_POLICY_FILES
            ? `holds ${formatCount(yaml.length)} policy files; the limit is ${formatCount(MAX_POLICY_FILES)}`
            : `holds ${formatCount(total)} bytes of policy files; the limit is ${formatCount(MAX_POLICY_TOTAL_BYTES)} (5 MiB)`;
        const folderProblem = {
            path: folder,
            text: '',
            problem: {
                code: 'policy-folder-too-large',
                message: `The policy folder \`${folder}/\` ${what}, so none of it is read`,
                fix: 'Keep only policy files under `policy-path`, and merge small policies into fewer files.',
            },
        };
        return { read: [], problems: sortByPath([folderProblem, ...problems]) };
    }
    const read = [];
    for (const entry of yaml) {
        if (entry.size > MAX_POLICY_FILE_BYTES)
            problems.push({ path: entry.path, text: '', problem: tooLargeProblem() });
        else
            read.push(entry);
    }
    return { read: sortByPath(read), problems: sortByPath(problems) };
}
/**
 * A character a policy file may not hold: control characters other than tab and line ends, DEL,
 * C1 controls other than NEL, U+FFFE and U+FFFF (YAML's printable set), and U+FFFD, which is what
 * bytes that are not UTF-8 become when the file is read. A file holding a NUL byte is shown as
 * binary by git and by GitHub's pull request diff, so its change would be hidden from reviewers.
 */
const NOT_TEXT = /(?![\t\n\r\u0085])[\p{Cc}\ufffd-\uffff]/u;
/** A file holding a NOT_TEXT character, in parse-yaml.ts's words. */
function notTextProblem(char) {
    const what = char === '\ufffd'
        ? 'bytes that are not UTF-8 (or U+FFFD)'
        : `the control character U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return {
        code: 'not-text',
        message: `The file is not plain UTF-8 text: it holds ${what} (git and GitHub may show such a file as binary, hiding its changes from reviewers)`,
        fix: 'Save the file as UTF-8 and remove the character; policy files hold printable text, tabs and line ends only.',
    };
}
/** The per-file limit, in the words parse-yaml.ts uses when a file that was read is too large. */
function tooLargeProblem() {
    return {
        code: 'file-too-large',
        message: `The file is larger than ${MAX_POLICY_FILE_BYTES / 1024} KiB, the limit for a policy file`,
        fix: 'Split it into several files (one policy per file) or remove what is not a policy.',
    };
}
/** Files read plus problems, in one list sorted by path, as every reader returns them. */
function policyFilesOf(read, plan) {
    return sortByPath([...read, ...plan.problems]);
}
function sortByPath(items) {
    return items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}


/***/ }),

/***/ 8233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isPolicyFile: () => (/* binding */ isPolicyFile),
/* harmony export */   normalizePolicyPath: () => (/* binding */ normalizePolicyPath),
/* harmony export */   policyDirError: () => (/* reexport safe */ _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__.uU),
/* harmony export */   readPolicyDir: () => (/* binding */ readPolicyDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4695);
// Reads every policy file under the `policy-path` folder of a working tree (every `*.yaml` /
// `*.yml`, recursively). Symbolic links and special files are never followed or read: they are
// reported as errors (policy-tree.ts), as the git-objects and GitHub API readers report them, so
// a link cannot make the action read runner files into annotations and comments.




/** `policies/`, `./policies` and `policies` all mean `policies`. */
function normalizePolicyPath(policyPath) {
    const cleaned = policyPath
        .trim()
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
    return cleaned === '' ? '.' : cleaned;
}
/**
 * Whether a repo-relative path (forward slashes, as GitHub lists changed files) is a policy file
 * under `policyPath`; for deciding whether a pull request or push "changed policy files".
 */
function isPolicyFile(path, policyPath) {
    const folder = normalizePolicyPath(policyPath);
    const inside = folder === '.' || path.startsWith(`${folder}/`);
    return inside && (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .isPolicyFileName */ .yP)(path);
}
/**
 * Every `*.yaml`/`*.yml` file under `policyPath` (relative to `repoRoot`), recursively, sorted by
 * repo-relative path with forward slashes, plus the entries that cannot be policies (symbolic
 * links, special files, files or a folder over the size limits) as files with a `problem`, which
 * loading reports as errors (policy-tree.ts decides, as for the other sources). Throws
 * a `policy` error when the folder is missing, is not a folder, is a symbolic link or lies outside
 * the repository.
 */
async function readPolicyDir(repoRoot, policyPath) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repoRoot);
    const folder = normalizePolicyPath(policyPath);
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, folder);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(folder) || !isInside(root, start)) {
        throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .policyDirError */ .uU)(folder, `The \`policy-path\` input ("${policyPath}") points outside the repository; set it to a folder inside the repository, e.g. \`policies\`.`);
    }
    // Every folder on the way must be a real folder: a link would bring in files from elsewhere.
    const segments = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, start).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    for (let i = 1; i <= segments.length; i++) {
        const path = segments.slice(0, i).join('/');
        let info;
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...segments.slice(0, i)));
        }
        catch {
            info = undefined;
        }
        if (!info) {
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .policyDirError */ .uU)(folder, `Policy folder \`${folder}\` (the \`policy-path\` input) does not exist in ${root}. ` +
                'Check out the repository first (actions/checkout), or set `policy-path` to the folder that holds your policy files.');
        }
        if (info.isSymbolicLink())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'symlink');
        if (info.isFile())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'file');
        if (!info.isDirectory())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'special');
    }
    // Synchronous reads: up to 1,000 small files, nothing else to overlap with, and each async
    // call would cost several turns of the event loop (measured: 3x slower for 1,000 files).
    const entries = [];
    const walk = (dir) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })) {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            const path = toRepoPath(root, full);
            // Dirent types come from lstat: a link is reported as a link, never followed.
            if (entry.isDirectory())
                walk(full);
            else if (entry.isSymbolicLink())
                entries.push({ path, kind: 'symlink', size: 0 });
            else if (!entry.isFile())
                entries.push({ path, kind: 'special', size: 0 });
            else
                entries.push({ path, kind: 'file', size: (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .isPolicyFileName */ .yP)(entry.name) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full).size : 0 });
        }
    };
    walk(start);
    const plan = (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .planPolicyRead */ .y4)(folder, entries);
    const read = plan.read.map((entry) => ({ path: entry.path, text: readLimited((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, entry.path), entry.size) }));
    return (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFilesOf */ .fW)(read, plan);
}
/**
 * The file as listed (`size` bytes), reading at most one byte more, never past the per-file limit
 * plus one: a file that grew since it was listed still fails the size check.
 */
function readLimited(path, size) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const readUpTo = (length) => {
            const buffer = Buffer.allocUnsafe(length);
            let filled = 0;
            while (filled < buffer.length) {
                const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, buffer.length - filled, filled);
                if (bytesRead === 0)
                    break;
                filled += bytesRead;
            }
            return buffer.subarray(0, filled);
        };
        let content = readUpTo(Math.min(size, _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_FILE_BYTES */ .ph) + 1);
        // Longer than listed: the file grew meanwhile; read it again up to the limit, never a prefix.
        if (content.length > size && content.length <= _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_FILE_BYTES */ .ph)
            content = readUpTo(_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_FILE_BYTES */ .ph + 1);
        return content.toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function toRepoPath(root, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}


/***/ }),

/***/ 7450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   et: () => (/* binding */ DECISION_RECORD_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports DECISION_RECORD_SCHEMA_ID, SHA256_PATTERN, TIME_PATTERN, decisionRecordSchema */
// The JSON Schema of a decision record: the one JSON file `gate`, `request` and `review` write for
// every decision (docs/decision-record.md). This object is the source of truth: the record's
// TypeScript type is derived from it (json-schema-to-ts), `npm run generate` publishes it as
// docs/decision-record.schema.json and builds the standalone validator that `explain` checks a
// record with. test/scripts/generate.test.ts fails while either committed file is stale.
//
// `schemaVersion` is 1. A record may only gain a field with a new version: every object is closed
// (`additionalProperties: false`) so a reader of version 1 knows every field it can meet, and a
// record from a newer version is refused by its number before anything else is read. The one
// open object is `degraded`, the place for a decision made in a degraded mode (an outage fallback
// the policy chose), whose details belong to that mode.
/** The version of the record format this code writes and reads. */
const DECISION_RECORD_SCHEMA_VERSION = 1;
const DECISION_RECORD_SCHEMA_ID = 'https://raw.githubusercontent.com/org/oncall-gate/v1/docs/decision-record.schema.json';
/** A lower-case hex SHA-256 digest. */
const SHA256_PATTERN = '^[0-9a-f]{64}$';
const text = { type: 'string', maxLength: 4000 };
const shortText = { type: 'string', maxLength: 500 };
/** RFC 3339 with an offset (records are written in UTC, `Z`). */
const TIME_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$';
const time = { type: 'string', pattern: TIME_PATTERN, description: 'RFC 3339 time.' };
const sha256 = { type: 'string', pattern: SHA256_PATTERN, description: 'Lower-case hex SHA-256.' };
const ruleNumber = { type: 'integer', minimum: 1, description: "1-based position in the policy's `approval` list." };
const line = { type: 'integer', minimum: 1 };
const ruleOutcomeSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['rule', 'type', 'line', 'status', 'holds', 'schedules'],
    properties: {
        rule: ruleNumber,
        type: { enum: ['auto', 'escalation', 'deny'] },
        line: { ...line, description: 'The line of the rule in its policy file.' },
        status: {
            type: 'string',
            description: 'How the rule fared: auto no-schedules | no-identity | not-on-call | reason-missing | on-call; escalation reason-missing | unread | waiting | approved | vetoed; deny denies.',
        },
        holds: { type: 'boolean', description: 'The rule approves.' },
        schedules: { type: 'array', items: shortText, description: 'The schedule IDs the rule consults.' },
        expiresAt: time,
        approvedBy: { type: 'array', items: shortText, description: 'escalation: the approving logins.' },
        reason: { enum: ['missing', 'too-short'], description: 'requireReason: what was wrong with the reason.' },
        text: { ...text, description: 'deny: the reason the policy gives.' },
    },
};
const policyVerdictSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'file', 'line', 'result', 'decidedBy', 'rules'],
    properties: {
        name: shortText,
        file: shortText,
        line,
        result: { enum: ['approved', 'denied', 'pending'] },
        decidedBy: {
            enum: ['deny-rule', 'no-rules', 'veto', 'rule', 'waiting', 'nothing-holds', 'draft', 'fallback'],
            description: 'What settled the policy.',
        },
        rule: { ...ruleNumber, description: 'The rule that settled it (deny-rule, veto, rule).' },
        expiresAt: time,
        approvedBy: shortText,
        rules: { type: 'array', items: ruleOutcomeSchema },
    },
};
const scheduleEvidenceSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'purpose', 'entries', 'sha256'],
    properties: {
        id: shortText,
        purpose: {
            enum: ['on-call', 'review-history'],
            description: "on-call: the final entries covering the decision time; review-history: the final entries around the reviews' submitted_at.",
        },
        entries: { type: 'integer', minimum: 0 },
        sha256: { ...sha256, description: 'Digest of the entries used (docs/decision-record.md, "Digests").' },
        onCall: {
            type: 'array',
            description: 'on-call: who was on call at the decision time.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'userId'],
                properties: { name: shortText, userId: shortText, login: shortText },
            },
        },
    },
};
const reviewEvidenceSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'pull', 'reviewer', 'state', 'submittedAt', 'counted'],
    properties: {
        id: { type: 'integer' },
        pull: { type: 'integer', minimum: 1 },
        reviewer: shortText,
        state: shortText,
        submittedAt: { anyOf: [time, { type: 'null' }] },
        commitId: { anyOf: [shortText, { type: 'null' }] },
        counted: {
            type: 'string',
            description: 'Why the review counts or not: approves, vetoes, not-on-call, own-change, stale-commit, outsider (<author_association>), ...',
        },
    },
};
const decisionRecordSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: DECISION_RECORD_SCHEMA_ID,
    title: 'oncall-gate decision record',
    description: 'One decision of `gate`, `request` or `review`: the verdict, the policy it came from and the evidence. See docs/decision-record.md.',
    type: 'object',
    additionalProperties: false,
    required: [
        'schemaVersion',
        'product',
        'command',
        'decidedAt',
        'verdict',
        'approved',
        'dryRun',
        'repository',
        'run',
        'subject',
        'requester',
        'policies',
        'evidence',
    ],
    properties: {
        schemaVersion: { const: DECISION_RECORD_SCHEMA_VERSION },
        product: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'version'],
            properties: { name: { const: 'oncall-gate' }, version: shortText },
        },
        command: { enum: ['gate', 'request', 'review'] },
        decidedAt: { ...time, description: 'The decision time (the instant on-call was judged at).' },
        verdict: { enum: ['approved', 'denied', 'pending', 'not-required', 'error'] },
        approved: { type: 'boolean' },
        approvedBy: shortText,
        expiresAt: time,
        dryRun: { type: 'boolean', description: 'A dry run: nothing was written to GitHub or incident.io.' },
        reason: { ...text, description: "The reason given: the `reason` input, or the pull request's `Reason:` line." },
        degraded: {
            type: 'object',
            description: 'Set only when a degraded mode decided (an outage fallback the policy chose); absent otherwise.',
            required: ['mode', 'reason'],
            properties: {
                mode: shortText,
                reason: text,
                fallbacks: {
                    type: 'array',
                    description: "outage: how each matched policy's `whenUnavailable` fallback fared.",
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['policy', 'line', 'status', 'requireReason'],
                        properties: {
                            policy: shortText,
                            line: { ...line, description: 'The line of `whenUnavailable` in the policy file.' },
                            status: { type: 'string', description: 'approved | waiting | vetoed | unread | reason-missing.' },
                            requireReason: { type: 'boolean', description: 'A rule of the policy requires a reason, so the fallback does too.' },
                            reason: { enum: ['missing', 'too-short'], description: 'reason-missing: what was wrong with the reason.' },
                            approvedBy: { type: 'array', items: shortText, description: 'approved: the approving logins.' },
                            expiresAt: time,
                        },
                    },
                },
            },
        },
        repository: shortText,
        run: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'attempt', 'event', 'actor', 'triggeringActor'],
            properties: {
                id: shortText,
                attempt: shortText,
                event: shortText,
                actor: shortText,
                triggeringActor: shortText,
                url: shortText,
            },
        },
        subject: {
            type: 'object',
            additionalProperties: false,
            required: ['kind'],
            properties: {
                kind: { enum: ['run', 'pull'] },
                sha: { ...shortText, description: 'run: the deployed commit (GITHUB_SHA).' },
                ref: shortText,
                environment: shortText,
                policy: { ...shortText, description: 'run: the `policy` input.' },
                number: { type: 'integer', minimum: 1 },
                headSha: shortText,
                baseRef: shortText,
                baseSha: shortText,
            },
        },
        requester: {
            type: 'object',
            additionalProperties: false,
            required: ['login', 'emailFound'],
            properties: {
                login: shortText,
                emailFound: { type: 'boolean', description: 'An incident.io email was found for the login (the email itself is not recorded).' },
                emailSource: shortText,
            },
        },
        policy: {
            type: 'object',
            additionalProperties: false,
            required: ['path', 'source', 'files'],
            description: 'The deciding policy folder; absent when the run stopped before reading it.',
            properties: {
                path: shortText,
                commit: { ...shortText, description: 'The trusted commit the policy was read at.' },
                branch: shortText,
                source: {
                    enum: ['checkout', 'api'],
                    description: "How the commit's files were read: git objects of the checkout, or the GitHub API.",
                },
                files: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['path'],
                        properties: {
                            path: shortText,
                            sha256: { ...sha256, description: "SHA-256 of the file's bytes at the commit." },
                            problem: { ...shortText, description: 'Why the entry could not be read as a policy (a link, over a size limit).' },
                        },
                    },
                },
            },
        },
        policies: { type: 'array', items: policyVerdictSchema, description: 'The matched policies and how each rule fared.' },
        evidence: {
            type: 'object',
            additionalProperties: false,
            required: ['schedules', 'reviews', 'incidents'],
            properties: {
                schedules: { type: 'array', items: scheduleEvidenceSchema },
                reviews: { type: 'array', items: reviewEvidenceSchema },
                incidents: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['policy'],
                        properties: { policy: shortText, id: shortText, reference: shortText, url: shortText },
                    },
                },
            },
        },
        error: {
            type: 'object',
            additionalProperties: false,
            required: ['message'],
            properties: { message: text, fix: text },
        },
    },
};


/***/ })

};
