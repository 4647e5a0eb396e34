export const id = 7518;
export const ids = [7518];
export const modules = {

/***/ 7518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPolicyTests: () => (/* binding */ runPolicyTests)
});

// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(5016);
// EXTERNAL MODULE: ./src/decide/engine.ts
var engine = __webpack_require__(1780);
;// CONCATENATED MODULE: ./src/decide/pull-request-match.ts
/** Whether any selected policy has `paths`: only then is the PR's file list needed. */
function needsFileList(policies, baseRef, matcher) {
    return policies.some((p) => p.match.branches && matcher(p.match.branches)(baseRef) && (p.match.paths?.length ?? 0) > 0);
}
/**
 * The policies a pull request must satisfy. `branches` is required for a PR match; `paths` match
 * when some changed file matches (and, fail closed, when GitHub's 3000-file cap hid some files);
 * `labels` compare case-insensitively, as GitHub treats label names.
 */
function selectRequestPolicies(policies, pr, matcher) {
    const labels = new Set(pr.labels.map((l) => l.toLowerCase()));
    const out = [];
    for (const policy of policies) {
        const { branches, paths, labels: wanted } = policy.match;
        if (!branches || branches.length === 0 || !matcher(branches)(pr.baseRef))
            continue;
        const why = { baseRef: pr.baseRef };
        if (paths && paths.length > 0) {
            const match = matcher(paths);
            const hit = pr.files.find((f) => match(f));
            if (hit === undefined && !pr.filesTruncated)
                continue;
            if (hit !== undefined)
                why.file = hit;
            else
                why.filesTruncated = true;
        }
        if (wanted && wanted.length > 0) {
            const hit = wanted.find((l) => labels.has(l.toLowerCase()));
            if (hit === undefined)
                continue;
            why.label = hit;
        }
        out.push({ policy, why });
    }
    return out;
}
/**
 * The reason given in a PR body: the text after `Reason:` on the first line that starts with it
 * (case-insensitive; leading spaces, `>` quotes, list markers and `**` emphasis allowed). '' when
 * there is no such line. Lines inside fenced code blocks and HTML comments are ignored: a PR
 * template's example or hidden placeholder is not a reason the author gave (a comment does not
 * even render; an unclosed one hides the rest of the body, as on GitHub).
 */
function reasonFromBody(body) {
    let fenced = false;
    for (const raw of body.replace(/<!--[\s\S]*?(?:-->|$)/g, '').split(/\r?\n/)) {
        if (/^\s*(```|~~~)/.test(raw)) {
            fenced = !fenced;
            continue;
        }
        if (fenced)
            continue;
        const m = /^\s*(?:>\s*)*(?:[-*+]\s+)?(?:\*\*|__)?reason(?:\*\*|__)?\s*:\s*(?:\*\*|__)?(.*)$/i.exec(raw);
        if (m)
            return (m[1] ?? '').replace(/(\*\*|__)\s*$/, '').trim();
    }
    return '';
}

// EXTERNAL MODULE: ./src/decide/select-gate-policies.ts
var select_gate_policies = __webpack_require__(8267);
;// CONCATENATED MODULE: ./src/policy-test/run-tests.ts




const DOCS = 'docs/policy-tests.md';
/** The head commit of a case's pull request (and of the merged one), and an earlier one for `stale` reviews. */
const HEAD_SHA = '1'.repeat(40);
const STALE_SHA = '2'.repeat(40);
const DEPLOYED_SHA = '3'.repeat(40);
const DEFAULT_BRANCH = 'main';
const iso = (d) => d.toISOString().replace(/\.000Z$/, 'Z');
class CaseProblem extends Error {
    diagnostic;
    constructor(diagnostic) {
        super(diagnostic.message);
        this.diagnostic = diagnostic;
    }
}
function fail(at, code, message, fix) {
    throw new CaseProblem({ severity: 'error', code, file: at.file, line: at.line, column: at.column, message, fix });
}
const didYouMean = (input, candidates) => {
    const guess = (0,suggest/* closest */.kp)(input, candidates);
    return guess ? ` Did you mean \`${guess}\`?` : '';
};
/** The policies the case must satisfy, as `gate` or `request` would select them. */
function selectPolicies(set, c, options) {
    if (c.pull) {
        return selectRequestPolicies(set.policies, { baseRef: c.pull.base, files: c.pull.files, filesTruncated: false, labels: c.pull.labels }, options.matcher).map((m) => m.policy);
    }
    const selection = (0,select_gate_policies/* selectGatePolicies */.iW)(set.policies, { environment: c.environment, policy: c.policy }, options.policyPath);
    if (selection.kind !== 'unmatched')
        return selection.kind === 'matched' ? selection.policies : [];
    const names = set.policies.map((p) => p.name);
    if (c.policy && !names.some((n) => n.toLowerCase() === c.policy.toLowerCase())) {
        fail(c.positions.policy ?? c.at, 'unknown-policy', `No policy in ${options.policyPath}/ is named \`${c.policy}\`.${didYouMean(c.policy, names)}`, `Name one of the policies (${names.join(', ') || 'there are none'}), or add the policy under ${options.policyPath}/.`);
    }
    const environments = [...new Set(set.policies.flatMap((p) => p.match.environments ?? []))];
    fail(c.positions.environment ?? c.at, 'unknown-environment', `No policy in ${options.policyPath}/ lists the environment \`${c.environment}\`, so the gate would fail with an error.${didYouMean(c.environment, environments)}`, `Use an environment a policy lists (${environments.join(', ') || 'none'}), or add a policy whose \`match.environments\` lists it.`);
}
/** The shifts per schedule the case's snapshots hold for `schedules`; every instant must lie in their windows. */
function snapshotShifts(c, schedules, snapshots, policies) {
    const byId = new Map();
    const used = c.snapshots.flatMap((p) => {
        const s = snapshots.get(p);
        return s ? [s] : [];
    });
    for (const id of schedules) {
        const holders = used.filter((s) => s.schedules.has(id));
        const [holder, ...others] = holders;
        if (!holder) {
            const by = policies.find((p) => (0,engine/* policySchedules */.VH)([p]).includes(id))?.name ?? '';
            fail(c.positions.snapshots ?? c.at, 'missing-schedule', `The schedule \`${id}\` (named by the policy \`${by}\`) is in none of the case's snapshots (${c.snapshots.join(', ') || 'none given'})`, `Record it: \`oncall-gate record --schedule ${id} --from <time> --to <time>\` into a snapshot the case names (\`snapshots:\` on the file or the case), or add it by hand; see ${DOCS}.`);
        }
        if (others.length > 0) {
            fail(c.positions.snapshots ?? c.at, 'duplicate-schedule', `The schedule \`${id}\` is in more than one of the case's snapshots (${holders.map((h) => h.file).join(', ')})`, 'Name one snapshot per schedule for the case.');
        }
        byId.set(id, { shifts: holder.schedules.get(id) ?? [], snapshot: holder });
    }
    const instants = [
        { at: c.time, where: c.positions.at ?? c.at, what: 'The case time' },
        ...c.reviews.map((r, j) => ({ at: r.at, where: c.positions[`reviews.${j}`] ?? c.at, what: `The review by ${r.by}` })),
        ...(c.merged ? [{ at: c.merged.at, where: c.positions.merged ?? c.at, what: 'The merge time' }] : []),
    ];
    for (const { snapshot } of byId.values()) {
        for (const i of instants) {
            const t = i.at.getTime();
            if (t < snapshot.window.from.getTime() || t >= snapshot.window.to.getTime()) {
                fail(i.where, 'outside-window', `${i.what} ${iso(i.at)} is outside the window of the snapshot ${snapshot.file} (${iso(snapshot.window.from)} to ${iso(snapshot.window.to)}), which cannot say who was on call then`, 'Pick a time inside the window, or record a snapshot that covers it.');
            }
        }
    }
    return byId;
}
function emailsOf(login, set) {
    if (login.includes('@'))
        return [login.trim().toLowerCase()];
    const email = set.identities.users.get(login.trim().replace(/^@/, '').toLowerCase());
    return email ? [email.trim().toLowerCase()] : [];
}
function partiesOf(author, p) {
    return { commitLogins: [author, ...p.commitAuthors], commitsTruncated: false, pushers: { known: true, logins: p.pushedBy ?? [author] } };
}
function reviewFacts(c) {
    return c.reviews.map((r, j) => ({
        id: j + 1,
        login: r.by,
        userType: /\[bot\]$/i.test(r.by) ? 'Bot' : 'User',
        // A test case's reviewers stand for people with access to the repository.
        association: 'MEMBER',
        state: r.state,
        commitId: r.stale ? STALE_SHA : HEAD_SHA,
        submittedAt: r.at.toISOString(),
    }));
}
function emailMap(logins, set) {
    const out = new Map();
    for (const l of logins)
        out.set(l.trim().toLowerCase(), emailsOf(l, set));
    return out;
}
function decide(set, c, policies, shifts) {
    const t = c.time.getTime();
    const onCall = new Map([...shifts].map(([id, s]) => [id, s.shifts.filter((x) => x.startAt.getTime() <= t && t < x.endAt.getTime())]));
    const history = [...shifts.values()].flatMap((s) => s.shifts);
    const emails = emailsOf(c.actor, set);
    const requester = {
        login: c.actor,
        emails,
        ...(emails.length > 0 && !c.actor.includes('@') ? { emailSource: 'map' } : {}),
    };
    const base = { requester, policies, onCall, at: c.time, reason: c.reason, identities: set.identities };
    const reviews = reviewFacts(c);
    if (c.pull) {
        if (c.pull.draft)
            return (0,engine/* evaluate */._3)({ ...base, subject: { kind: 'pull', draft: true } });
        const parties = partiesOf(c.actor, c.pull);
        const logins = [
            c.actor,
            ...c.reviews.map((r) => r.by),
            ...parties.commitLogins,
            ...(parties.pushers.known ? parties.pushers.logins : []),
        ];
        return (0,engine/* evaluate */._3)({
            ...base,
            subject: { kind: 'pull', reviews: { reviews, headSha: HEAD_SHA, parties, emails: emailMap(logins, set), history } },
        });
    }
    const first = (0,engine/* evaluate */._3)({ ...base, subject: { kind: 'run' } });
    if ((0,engine/* openEscalations */.Lp)(first, policies).length === 0)
        return first;
    const merged = c.merged;
    const parties = merged ? partiesOf(merged.author, merged) : undefined;
    const evidence = {
        commitSha: DEPLOYED_SHA,
        defaultBranch: DEFAULT_BRANCH,
        pulls: merged
            ? [
                {
                    number: 1,
                    htmlUrl: '',
                    authorLogin: merged.author,
                    mergedAt: merged.at.toISOString(),
                    baseRef: DEFAULT_BRANCH,
                    headSha: HEAD_SHA,
                    mergeCommitSha: DEPLOYED_SHA,
                },
            ]
            : [],
        reviews: new Map(merged ? [[1, reviews]] : []),
        parties: new Map(parties ? [[1, parties]] : []),
        emails: emailMap(merged && parties
            ? [merged.author, ...c.reviews.map((r) => r.by), ...parties.commitLogins, ...(parties.pushers.known ? parties.pushers.logins : [])]
            : [], set),
        history,
    };
    return (0,engine/* evaluate */._3)({ ...base, subject: { kind: 'run', evidence } });
}
/** The rule that settled a verdict; for a pending one, the first escalation waiting. */
function settlingRule(v) {
    const rule = (0,engine/* decidingRule */.aY)(v);
    if (rule)
        return rule;
    const by = v.decidedBy;
    return by.kind === 'waiting' ? v.rules.find((r) => r.index === by.rules[0]) : undefined;
}
const UNSETTLED = {
    'nothing-holds': 'no rule holds',
    'no-rules': 'it has no rules',
    draft: 'a draft waits for ready for review',
};
/** The expected rule must exist in the policy it is looked for in. */
function checkRule(c, policy) {
    const rule = c.expect.rule;
    if (rule === undefined || !policy)
        return;
    const at = c.positions['expect.rule'] ?? c.at;
    if (typeof rule === 'number') {
        if (rule > policy.rules.length) {
            fail(at, 'unknown-rule', `The policy \`${policy.name}\` has ${policy.rules.length} rule${policy.rules.length === 1 ? '' : 's'}, so it has no rule ${rule}`, `Give a position from 1 to ${policy.rules.length} in its \`approval\` list (${policy.at.file}).`);
        }
        return;
    }
    const count = policy.rules.filter((r) => r.type === rule).length;
    if (count !== 1) {
        fail(at, count === 0 ? 'unknown-rule' : 'ambiguous-rule', count === 0
            ? `The policy \`${policy.name}\` has no \`${rule}\` rule`
            : `The policy \`${policy.name}\` has ${count} \`${rule}\` rules`, count === 0 ? `Name a rule it has (${policy.at.file}).` : 'Give the rule by its 1-based position in `approval` instead.');
    }
}
function runCase(set, c, suite, options) {
    const names = set.policies.map((p) => p.name);
    if (c.expect.policy && !names.includes(c.expect.policy)) {
        fail(c.positions['expect.policy'] ?? c.at, 'unknown-policy', `No policy in ${options.policyPath}/ is named \`${c.expect.policy}\`.${didYouMean(c.expect.policy, names)}`, `Name one of the policies (${names.join(', ') || 'there are none'}).`);
    }
    const policies = selectPolicies(set, c, options);
    const named = c.expect.policy ? set.policies.find((p) => p.name === c.expect.policy) : policies.length === 1 ? policies[0] : undefined;
    checkRule(c, named);
    const shifts = snapshotShifts(c, (0,engine/* policySchedules */.VH)(policies), suite.snapshots, policies);
    const d = decide(set, c, policies, shifts);
    const verdict = c.expect.policy
        ? d.verdicts.find((v) => v.policy === c.expect.policy)
        : d.verdicts.length === 1
            ? d.verdicts[0]
            : (d.verdicts.find((v) => v.result === d.result) ?? d.verdicts[0]);
    if (verdict && !named)
        checkRule(c, set.policies.find((p) => p.name === verdict.policy));
    const rule = verdict ? settlingRule(verdict) : undefined;
    const actual = {
        result: d.result,
        ...(verdict ? { policy: verdict.policy } : {}),
        ...(rule ? { rule: { index: rule.index, type: rule.type } } : {}),
        ...(d.expiresAt ? { expiresAt: d.expiresAt } : {}),
        ...(d.approvedBy && d.result === 'approved' ? { approvedBy: d.approvedBy } : {}),
    };
    const e = c.expect;
    const mismatches = [];
    const at = (key) => c.positions[`expect.${key}`] ?? c.positions.expect ?? c.at;
    if (e.result !== d.result)
        mismatches.push({ key: 'result', expected: e.result, actual: d.result, at: at('result') });
    if (e.policy && !verdict) {
        mismatches.push({
            key: 'policy',
            expected: e.policy,
            actual: `not matched (matched: ${d.policies.join(', ') || 'none'})`,
            at: at('policy'),
        });
    }
    if (e.rule !== undefined) {
        const ok = rule !== undefined && (typeof e.rule === 'number' ? rule.index + 1 === e.rule : rule.type === e.rule);
        if (!ok) {
            const why = !verdict
                ? 'no policy matched'
                : rule
                    ? `rule ${rule.index + 1} (${rule.type}) of ${verdict.policy}`
                    : `no rule decided ${verdict.policy} (${UNSETTLED[verdict.decidedBy.kind] ?? verdict.decidedBy.kind})`;
            mismatches.push({ key: 'rule', expected: typeof e.rule === 'number' ? `${e.rule}` : e.rule, actual: why, at: at('rule') });
        }
    }
    if (e.expiresAt && d.expiresAt?.getTime() !== e.expiresAt.getTime()) {
        mismatches.push({
            key: 'expiresAt',
            expected: iso(e.expiresAt),
            actual: d.expiresAt ? iso(d.expiresAt) : 'no expiry',
            at: at('expiresAt'),
        });
    }
    if (e.approvedBy && (actual.approvedBy ?? '').toLowerCase() !== e.approvedBy.toLowerCase()) {
        mismatches.push({ key: 'approvedBy', expected: e.approvedBy, actual: actual.approvedBy ?? 'nobody', at: at('approvedBy') });
    }
    return { case: c, status: mismatches.length === 0 ? 'pass' : 'fail', actual, mismatches };
}
/** Runs every case of `suite` against `set` (which must be valid). */
function runPolicyTests(set, suite, options) {
    const results = [];
    const diagnostics = [];
    for (const c of suite.cases) {
        try {
            results.push(runCase(set, c, suite, options));
        }
        catch (error) {
            if (!(error instanceof CaseProblem))
                throw error;
            diagnostics.push(error.diagnostic);
            results.push({ case: c, status: 'error', mismatches: [], problem: error.diagnostic });
        }
    }
    return { results, diagnostics };
}


/***/ }),

/***/ 5016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   eg: () => (/* binding */ typoDistance),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
// "Did you mean" suggestions for misspelt keys and values.
/** Levenshtein distance (insert, delete, substitute), case-insensitive. */
function editDistance(a, b) {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const current = [i];
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
        }
        previous = current;
    }
    return previous[t.length] ?? 0;
}
/** The closest candidate when it is close enough to be a likely typo, else undefined. */
function closest(input, candidates) {
    if (input.length > 100)
        return undefined;
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(input, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const allowed = Math.max(1, Math.floor(Math.max(input.length, 3) / 3));
    return bestDistance <= allowed ? best : undefined;
}
/**
 * Edit distance that also counts swapping two neighbouring characters as one edit (optimal string
 * alignment), case-insensitive: "daev" is one slip away from "dave".
 */
function typoDistance(a, b) {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    // Three rows of the table: two back (for a swap), the previous one and the current one.
    let before = [];
    let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const current = [i];
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
                best = Math.min(best, (before[j - 2] ?? 0) + 1);
            current[j] = best;
        }
        before = previous;
        previous = current;
    }
    return previous[t.length] ?? 0;
}


/***/ })

};
