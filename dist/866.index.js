export const id = 866;
export const ids = [866];
export const modules = {

/***/ 1866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyGateEscalation: () => (/* binding */ applyGateEscalation)
/* harmony export */ });
/* unused harmony exports RUN_INCIDENT_LOOKBACK_MS, openEscalationRules */
/* harmony import */ var _decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1089);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _act_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9437);
/* harmony import */ var _evidence_io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2053);
/* harmony import */ var _incident_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6229);
/* harmony import */ var _incident_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3491);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8137);







/**
 * How far back a gate run looks for the incident it may have opened. A run has nowhere to record
 * the incident's ID, and the action is not told when the run started (GITHUB_RUN_ATTEMPT counts
 * attempts but carries no time; the run's `created_at` is only in the Actions API, which needs an
 * `actions: read` permission deploy jobs do not otherwise need). GitHub lets a workflow run be
 * re-run for up to 30 days after it first ran, so every attempt that could have opened the
 * incident started within that time; one more day covers an attempt that ran long.
 */
const RUN_INCIDENT_LOOKBACK_MS = 31 * 86_400_000;
/**
 * The open escalation rules of a denial that escalation could still turn into an approval: every
 * policy that did not approve has one, and none is denied by a deny rule. [] otherwise, so no
 * evidence is read for a denial that stands anyway.
 */
function openEscalationRules(decision, policies) {
    if ((0,_decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .pendingEscalations */ .cW)(decision, policies).length === 0)
        return [];
    const rules = [];
    for (const v of decision.verdicts) {
        if (v.result === 'approved')
            continue;
        const policy = policies.find((p) => p.name === v.policy);
        for (const r of v.rules) {
            const rule = policy?.rules[r.index];
            if (r.type === 'escalation' && r.escalationOpen && rule?.type === 'escalation')
                rules.push(rule);
        }
    }
    return rules;
}
async function applyGateEscalation(ctx, input) {
    const rules = openEscalationRules(input.decision, input.policies);
    if (rules.length === 0)
        return { decision: input.decision, outputs: {} };
    const { run, inputs, log } = ctx;
    const [github, incidentio] = await Promise.all([(0,_ports_js__WEBPACK_IMPORTED_MODULE_6__/* .escalationGitHub */ .Z)(ctx), (0,_ports_js__WEBPACK_IMPORTED_MODULE_6__/* .escalationIncidentIo */ .K)(ctx)]);
    const sha = run.sha;
    log.info(`Escalation: checking the reviews of the merged pull requests of ${sha ? sha.slice(0, 12) : '(no GITHUB_SHA)'}.`);
    const evidence = await (0,_evidence_io_js__WEBPACK_IMPORTED_MODULE_3__/* .collectDeployEvidence */ .Np)(github, incidentio, { identities: input.set.identities, org: run.repository.owner, policyPath: inputs.policyPath, github }, { sha, rules, now: input.decision.at, defaultBranch: ctx.event.defaultBranch });
    const decision = input.redecide({ kind: 'reviews', byRule: evidence });
    const settings = input.set.integration.escalation;
    const file = input.set.integration.at?.file ?? `${inputs.policyPath}/incidentio.yaml`;
    const pulls = mergedPullLinks(evidence);
    const runUrl = `${run.serverUrl}/${run.repository.owner}/${run.repository.repo}/actions/runs/${run.runId}`;
    const subjectOf = ({ policy, services }) => {
        const durations = policy.rules.flatMap((r) => (r.type === 'escalation' ? [r.durationMs] : []));
        return {
            owner: run.repository.owner,
            repo: run.repository.repo,
            run: (0,_act_js__WEBPACK_IMPORTED_MODULE_2__/* .creatingRun */ .Dy)(run),
            requester: decision.requester.login,
            policy: policy.name,
            environment: input.environment || (policy.match.environments ?? []).join(', '),
            services,
            durationMs: Math.max(...durations),
            reason: inputs.reason,
            target: { kind: 'run', runId: run.runId, runUrl, sha, ref: run.ref, pulls },
        };
    };
    const lookup = (incidentTypeId) => ({ kind: 'recent', query: recentQuery(ctx, settings, incidentTypeId) });
    if (decision.result === 'approved') {
        log.info(`Escalation: approved by ${decision.approvedBy ?? '?'} through pull request review.`);
        // A first attempt opened no incident of its own to update; re-runs look for the one an
        // earlier attempt opened.
        if (Number(run.runAttempt) > 1) {
            await markRunApproved(ctx, incidentio, { decision, first: input.decision, policies: input.policies, evidence, subjectOf, lookup, settings, file });
        }
        return { decision, outputs: {} };
    }
    const pending = (0,_decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .pendingEscalations */ .cW)(decision, input.policies);
    if (pending.length === 0)
        return { decision, outputs: {} };
    const resolved = await (0,_incident_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveIncidentSettings */ .uy)(incidentio, settings, { file });
    const lines = [];
    const outputs = {};
    for (const p of pending) {
        const subject = subjectOf(p);
        const requestKey = (0,_incident_text_js__WEBPACK_IMPORTED_MODULE_5__/* .escalationRequestKey */ .cT)(subject);
        const payload = (0,_incident_text_js__WEBPACK_IMPORTED_MODULE_5__/* .escalationIncidentPayload */ .Cu)(subject, settings, resolved, (0,_incident_text_js__WEBPACK_IMPORTED_MODULE_5__/* .escalationSummary */ .gV)(subject));
        const written = await withCapFix(file, () => (0,_act_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureIncident */ .rb)(incidentio, payload, requestKey, lookup(resolved.incidentTypeId), { dryRun: inputs.dryRun, notify: settings.notifyIncidentChannel }));
        const policy = p.policy;
        if (written.kind === 'dry-run') {
            if (written.existing) {
                log.info(`Dry run: would set the summary of the incident ${written.existing.reference} (${written.existing.id}) of ${requestKey} to:\n${payload.summary ?? ''}`);
                lines.push(`Policy \`${policy.name}\`: a dry run writes nothing (the escalation incident of this run is ${written.existing.reference}).`);
            }
            else {
                log.info(`Dry run: would create the incident ${requestKey}:\n${JSON.stringify(payload, null, 2)}`);
                lines.push(`Policy \`${policy.name}\`: a dry run opens no escalation incident (it would open one for \`${requestKey}\`).`);
            }
            continue;
        }
        const { incident } = written;
        log.info(`Escalation incident ${incident.reference} (${incident.id}) for ${policy.name}: ` +
            `${written.created ? `opened (no incident of ${requestKey} was found)` : 'found by its request key'}${written.edited ? ', summary updated' : ''}.`);
        if (!outputs.incidentId) {
            outputs.incidentId = incident.id;
            outputs.incidentReference = incident.reference;
            if (incident.url)
                outputs.incidentUrl = incident.url;
        }
        const link = incident.url ? `[${incident.reference}](${incident.url})` : incident.reference;
        lines.push(`Policy \`${policy.name}\`: the on-call team was paged through the escalation incident ${link}.`);
    }
    const escalated = new Set(pending.map((p) => p.policy.name));
    return {
        decision: {
            ...decision,
            result: 'pending',
            approved: false,
            verdicts: decision.verdicts.map((v) => (escalated.has(v.policy) ? { ...v, result: 'pending' } : v)),
            // The evidence's fixes already say whom to ask and to re-run the job.
            reasons: [...decision.reasons, ...lines],
        },
        outputs,
    };
}
/** The incidents a gate run may have opened: created since the lookback, in the mode (and type) it opens them with. */
function recentQuery(ctx, settings, incidentTypeId) {
    return {
        since: new Date(ctx.clock().getTime() - RUN_INCIDENT_LOOKBACK_MS),
        // Test-mode incidents are listed only when asked for by mode.
        mode: settings.mode,
        ...(incidentTypeId ? { incidentTypeId } : {}),
    };
}
/** Turns the lookup's page cap into advice about the integration file. */
async function withCapFix(file, work) {
    try {
        return await work();
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isServiceError */ .gi)(error, 'incidentio', 'too-large')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OncallGateError */ .lN({
                ...error.data(),
                message: `${error.message.replace(/\.$/, '')}. oncall-gate looks through the incidents of the last ${RUN_INCIDENT_LOOKBACK_MS / 86_400_000} days to find the one this workflow run opened (a run has nowhere to record it)`,
                fix: `Give oncall-gate's escalation incidents an incident type of their own: create one in incident.io (Settings -> Incident types) and set \`escalation.incidentType\` in ${file} to it, so only those incidents are looked through.`,
            });
        }
        throw error;
    }
}
/**
 * A re-run that the review evidence approved: the incident an earlier attempt opened for each
 * escalating policy gets a summary that says approved, by whom and when. Never resolved, never
 * created (no incident found: nothing to update).
 */
async function markRunApproved(ctx, api, input) {
    const { log, inputs } = ctx;
    const { settings } = input;
    // The type filter is an optimisation of the lookup only: a type that no longer exists just
    // widens it, rather than failing a gate that has already approved on its evidence.
    const incidentTypeId = settings.incidentType ? (0,_incident_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .findByIdOrName */ ._M)(await api.listIncidentTypes(), settings.incidentType)?.id : undefined;
    for (const pending of (0,_decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .pendingEscalations */ .cW)(input.first, input.policies)) {
        const approval = runApproval(ctx, input, pending.policy);
        if (!approval)
            continue;
        const subject = input.subjectOf(pending);
        const requestKey = (0,_incident_text_js__WEBPACK_IMPORTED_MODULE_5__/* .escalationRequestKey */ .cT)(subject);
        const revised = await withCapFix(input.file, () => (0,_act_js__WEBPACK_IMPORTED_MODULE_2__/* .reviseIncident */ .rm)(api, requestKey, input.lookup(incidentTypeId), (0,_incident_text_js__WEBPACK_IMPORTED_MODULE_5__/* .escalationSummary */ .gV)(subject, approval), {
            dryRun: inputs.dryRun,
            notify: settings.notifyIncidentChannel,
        }));
        if (revised.kind === 'not-found')
            log.info(`No escalation incident of ${requestKey} was found: nothing to update.`);
        else if (revised.kind === 'dry-run')
            log.info(`Dry run: would mark the incident ${revised.incident.reference} (${revised.incident.id}) approved:\n${revised.edit.incident.summary ?? ''}`);
        else
            log.info(`Escalation incident ${revised.incident.reference} (${revised.incident.id}) for ${pending.policy.name}: ${revised.kind === 'edited' ? 'summary updated to approved' : 'already says approved'}.`);
    }
}
/** What approved `policy` in the evidence: each merged PR's approval under its escalation rule. */
function runApproval(ctx, input, policy) {
    const verdict = input.decision.verdicts.find((v) => v.policy === policy.name);
    if (verdict?.result !== 'approved')
        return undefined;
    const decided = verdict.decidedBy ? policy.rules[verdict.decidedBy.index] : undefined;
    const candidates = [decided, ...policy.rules].filter((r) => r?.type === 'escalation');
    const evidence = candidates.map((r) => input.evidence.get(r)).find((e) => e?.holds);
    if (!evidence)
        return undefined;
    const approvals = evidence.pulls.flatMap((p) => {
        const a = p.review.approval;
        return a ? [{ pull: p.number, login: a.login, name: a.onCallName, scheduleId: a.scheduleId, reviewedAt: a.at, via: a.via }] : [];
    });
    return { kind: 'run-approved', at: input.decision.at, attempt: ctx.run.runAttempt, approvals };
}
function mergedPullLinks(evidence) {
    const byNumber = new Map();
    for (const e of evidence.values())
        for (const p of e.pulls)
            byNumber.set(p.number, p.htmlUrl);
    return [...byNumber].sort((a, b) => a[0] - b[0]).map(([number, url]) => ({ number, url }));
}


/***/ })

};
