export const id = 1866;
export const ids = [1866];
export const modules = {

/***/ 1866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyGateEscalation: () => (/* binding */ applyGateEscalation)
/* harmony export */ });
/* unused harmony export RUN_INCIDENT_LOOKBACK_MS */
/* harmony import */ var _decide_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1780);
/* harmony import */ var _decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1089);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _act_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9437);
/* harmony import */ var _evidence_io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2053);
/* harmony import */ var _incident_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6229);
/* harmony import */ var _incident_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3491);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8137);








/**
 * How far back a gate run looks for the incident it may have opened. A run has nowhere to record
 * the incident's ID, and the action is not told when the run started (GITHUB_RUN_ATTEMPT counts
 * attempts but carries no time; the run's `created_at` is only in the Actions API, which needs an
 * `actions: read` permission deploy jobs do not otherwise need). GitHub lets a workflow run be
 * re-run for up to 30 days after it first ran, so every attempt that could have opened the
 * incident started within that time; one more day covers an attempt that ran long.
 */
const RUN_INCIDENT_LOOKBACK_MS = 31 * 86_400_000;
async function applyGateEscalation(ctx, input) {
    const rules = (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .openEscalations */ .Lp)(input.decision, input.policies).flatMap((e) => e.rules);
    if (rules.length === 0)
        return { decision: input.decision, outputs: {}, incidents: [] };
    const { run, inputs, log } = ctx;
    // Gather: the primary evidence for the deployed commit.
    const [github, incidentio] = await Promise.all([(0,_ports_js__WEBPACK_IMPORTED_MODULE_7__/* .escalationGitHub */ .Z)(ctx), (0,_ports_js__WEBPACK_IMPORTED_MODULE_7__/* .escalationIncidentIo */ .K)(ctx)]);
    const sha = run.sha;
    log.info(`Escalation: checking the reviews of the merged pull requests of ${sha ? sha.slice(0, 12) : '(no GITHUB_SHA)'}.`);
    const evidence = await (0,_evidence_io_js__WEBPACK_IMPORTED_MODULE_4__/* .collectDeployEvidence */ .Np)(github, incidentio, { identities: input.set.identities, org: run.repository.owner, policyPath: inputs.policyPath, github }, { sha, rules, defaultBranch: ctx.event.defaultBranch });
    // Decide again, with the evidence.
    const decision = input.redecide(evidence);
    const settings = input.set.integration.escalation;
    const file = input.set.integration.at?.file ?? `${inputs.policyPath}/incidentio.yaml`;
    const subjectOf = runSubject(ctx, input, decision, evidence);
    const lookup = (incidentTypeId) => ({
        kind: 'recent',
        query: recentQuery(ctx, settings, incidentTypeId),
    });
    if (decision.result === 'approved') {
        log.info(`Escalation: approved by ${decision.approvedBy ?? '?'} through pull request review.`);
        // A first attempt opened no incident of its own to update; re-runs look for the one an
        // earlier attempt opened.
        if (input.incidentMayExist || Number(run.runAttempt) > 1) {
            await markRunApproved(ctx, incidentio, {
                decision,
                first: input.decision,
                policies: input.policies,
                subjectOf,
                lookup,
                settings,
                file,
            });
        }
        return { decision, outputs: {}, incidents: [] };
    }
    // A veto (or nothing left to wait for) stands as a denial: nobody is paged for it.
    const pending = decision.result === 'pending' && input.page !== false ? (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .openEscalations */ .Lp)(decision, input.policies) : [];
    if (pending.length === 0)
        return { decision, outputs: {}, incidents: [] };
    // Pending: the run's incident for each escalating policy. Gather the settings and what each
    // lookup finds, plan the writes (the missing custom field first, as the creates need its ID),
    // apply them, then read back what was done.
    const resolved = await (0,_incident_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveIncidentSettings */ .uy)(incidentio, ctx.writes, settings, { file });
    const requests = [];
    for (const p of pending) {
        const subject = subjectOf(p);
        const requestKey = (0,_incident_text_js__WEBPACK_IMPORTED_MODULE_6__/* .escalationRequestKey */ .cT)(subject);
        const found = await withCapFix(file, () => (0,_act_js__WEBPACK_IMPORTED_MODULE_3__/* .findIncident */ .O6)(incidentio, requestKey, lookup(resolved.incidentTypeId)));
        const payload = (0,_incident_text_js__WEBPACK_IMPORTED_MODULE_6__/* .escalationIncidentPayload */ .Cu)(subject, settings, resolved, (0,_incident_text_js__WEBPACK_IMPORTED_MODULE_6__/* .escalationSummary */ .gV)(subject));
        requests.push({ policy: p.policy.name, requestKey, payload, found, notify: settings.notifyIncidentChannel });
    }
    const results = await (0,_act_js__WEBPACK_IMPORTED_MODULE_3__/* .writeIncidents */ .HS)(ctx.writes, requests);
    const incidents = [];
    const outputs = {};
    results.forEach(({ request: { policy, requestKey }, result: written }) => {
        if (written.kind === 'dry-run') {
            incidents.push({ policy, kind: 'dry-run', ...(written.existing ? { reference: written.existing.reference } : {}), requestKey });
            return;
        }
        const { incident } = written;
        log.info(`Escalation incident ${incident.reference} (${incident.id}) for ${policy}: ` +
            `${written.created ? `opened (no incident of ${requestKey} was found)` : 'found by its request key'}${written.edited ? ', summary updated' : ''}.`);
        if (!outputs.incidentId) {
            outputs.incidentId = incident.id;
            outputs.incidentReference = incident.reference;
            if (incident.url)
                outputs.incidentUrl = incident.url;
        }
        incidents.push({
            policy,
            kind: 'paged',
            id: incident.id,
            reference: incident.reference,
            ...(incident.url ? { url: incident.url } : {}),
        });
    });
    // The evidence's fixes already say whom to ask and to re-run the job.
    return { decision, outputs, incidents };
}
/** The incident subject of an escalating policy for this run (who, what, where to approve). */
function runSubject(ctx, input, decision, evidence) {
    const { run, inputs } = ctx;
    const pulls = mergedPullLinks(evidence);
    const runUrl = `${run.serverUrl}/${run.repository.owner}/${run.repository.repo}/actions/runs/${run.runId}`;
    return ({ policy, services }) => {
        const durations = policy.rules.flatMap((r) => (r.type === 'escalation' ? [r.durationMs] : []));
        return {
            owner: run.repository.owner,
            repo: run.repository.repo,
            run: (0,_act_js__WEBPACK_IMPORTED_MODULE_3__/* .creatingRun */ .Dy)(run),
            requester: decision.requester.login,
            policy: policy.name,
            environment: input.environment || (policy.match.environments ?? []).join(', '),
            services,
            durationMs: Math.max(...durations),
            reason: inputs.reason,
            target: { kind: 'run', runId: run.runId, runUrl, sha: run.sha, ref: run.ref, pulls },
        };
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
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isServiceError */ .gi)(error, 'incidentio', 'too-large')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OncallGateError */ .lN({
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
    const { log } = ctx;
    const { settings } = input;
    // The type filter is an optimisation of the lookup only: a type that no longer exists just
    // widens it, rather than failing a gate that has already approved on its evidence.
    const incidentTypeId = settings.incidentType ? (0,_incident_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .findByIdOrName */ ._M)(await api.listIncidentTypes(), settings.incidentType)?.id : undefined;
    // Gather each policy's incident, plan the edits of those that do not say approved yet.
    const edits = [];
    for (const pending of (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .openEscalations */ .Lp)(input.first, input.policies)) {
        const approval = runApproval(ctx, input, pending.policy);
        if (!approval)
            continue;
        const subject = input.subjectOf(pending);
        const requestKey = (0,_incident_text_js__WEBPACK_IMPORTED_MODULE_6__/* .escalationRequestKey */ .cT)(subject);
        const { incident } = await withCapFix(input.file, () => (0,_act_js__WEBPACK_IMPORTED_MODULE_3__/* .findIncident */ .O6)(api, requestKey, input.lookup(incidentTypeId)));
        const write = incident
            ? (0,_act_js__WEBPACK_IMPORTED_MODULE_3__/* .summaryWrite */ .aZ)(incident, (0,_incident_text_js__WEBPACK_IMPORTED_MODULE_6__/* .escalationSummary */ .gV)(subject, approval), settings.notifyIncidentChannel, `mark the incident ${incident.reference} (${incident.id}) approved`)
            : undefined;
        edits.push({ policy: pending.policy.name, requestKey, ...(incident ? { incident } : {}), write });
    }
    const outcomes = await ctx.writes.apply(edits.map((e) => e.write));
    if (ctx.writes.dryRun)
        return;
    for (const { policy, requestKey, incident, write } of edits) {
        const made = outcomes.find((o) => o.write === write && o.status === 'made');
        if (!incident)
            log.info(`No escalation incident of ${requestKey} was found: nothing to update.`);
        else
            log.info(`Escalation incident ${incident.reference} (${incident.id}) for ${policy}: ${made ? 'summary updated to approved' : 'already says approved'}.`);
    }
}
/** What approved `policy` in the evidence: each merged PR's approval under its deciding escalation rule. */
function runApproval(ctx, input, policy) {
    const verdict = input.decision.verdicts.find((v) => v.policy === policy.name);
    if (verdict?.result !== 'approved')
        return undefined;
    const decided = (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .decidingRule */ .aY)(verdict);
    if (decided?.type !== 'escalation' || decided.evidence?.subject !== 'run' || decided.evidence.deploy.kind !== 'pulls')
        return undefined;
    const approvals = decided.evidence.deploy.pulls.flatMap((p) => {
        const a = p.review.approval;
        return a?.scheduleId !== undefined
            ? [{ pull: p.number, login: a.login, name: a.onCallName, scheduleId: a.scheduleId, reviewedAt: a.at, via: a.via }]
            : [];
    });
    return { kind: 'run-approved', at: input.decision.facts.at, attempt: ctx.run.runAttempt, approvals };
}
/** The merged pull requests the evidence is about, for the incident's links. */
function mergedPullLinks(facts) {
    return (0,_decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_1__/* .mergedPulls */ .$A)(facts.pulls, facts.defaultBranch).map((p) => ({ number: p.number, url: p.htmlUrl }));
}


/***/ })

};
