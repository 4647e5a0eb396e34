export const id = 866;
export const ids = [866];
export const modules = {

/***/ 1866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyGateEscalation: () => (/* binding */ applyGateEscalation)
/* harmony export */ });
/* unused harmony export openEscalationRules */
/* harmony import */ var _decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1089);
/* harmony import */ var _act_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9437);
/* harmony import */ var _evidence_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2053);
/* harmony import */ var _incident_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6229);
/* harmony import */ var _incident_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3491);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8137);






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
async function applyGateEscalation(ctx, input, deps = (0,_ports_js__WEBPACK_IMPORTED_MODULE_4__/* .realDeps */ .bw)(ctx)) {
    const rules = openEscalationRules(input.decision, input.policies);
    if (rules.length === 0)
        return { decision: input.decision, outputs: {} };
    const { run, inputs, log } = ctx;
    const [github, incidentio] = await Promise.all([deps.github(), deps.incidentio()]);
    const sha = run.sha;
    log.info(`Escalation: checking the reviews of the merged pull requests of ${sha ? sha.slice(0, 12) : '(no GITHUB_SHA)'}.`);
    const evidence = await (0,_evidence_io_js__WEBPACK_IMPORTED_MODULE_1__/* .collectDeployEvidence */ .Np)(github, incidentio, { identities: input.set.identities, org: run.repository.owner, policyPath: inputs.policyPath, github: github.identity }, { sha, rules, now: input.decision.at, defaultBranch: ctx.event.defaultBranch });
    const decision = input.redecide({ kind: 'reviews', byRule: evidence });
    if (decision.result === 'approved') {
        log.info(`Escalation: approved by ${decision.approvedBy ?? '?'} through pull request review.`);
        return { decision, outputs: {} };
    }
    const pending = (0,_decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .pendingEscalations */ .cW)(decision, input.policies);
    if (pending.length === 0)
        return { decision, outputs: {} };
    const settings = input.set.integration.escalation;
    const file = input.set.integration.at?.file ?? `${inputs.policyPath}/incidentio.yaml`;
    const resolved = await (0,_incident_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveIncidentSettings */ .uy)(incidentio, settings, { file });
    const pulls = mergedPullLinks(evidence);
    const runUrl = `${run.serverUrl}/${run.repository.owner}/${run.repository.repo}/actions/runs/${run.runId}`;
    const lines = [];
    const outputs = {};
    for (const { policy, services } of pending) {
        const durations = policy.rules.flatMap((r) => (r.type === 'escalation' ? [r.durationMs] : []));
        const subject = {
            owner: run.repository.owner,
            repo: run.repository.repo,
            requester: decision.requester.login,
            policy: policy.name,
            environment: input.environment || (policy.match.environments ?? []).join(', '),
            services,
            durationMs: Math.max(...durations),
            reason: inputs.reason,
            target: { kind: 'run', runId: run.runId, runUrl, sha, ref: run.ref, pulls },
        };
        const payload = (0,_incident_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escalationIncidentPayload */ .Cu)(subject, settings, resolved, (0,_incident_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escalationSummary */ .gV)(subject));
        const written = await (0,_act_js__WEBPACK_IMPORTED_MODULE_5__/* .ensureIncident */ .r)(incidentio, payload, { dryRun: inputs.dryRun, notify: settings.notifyIncidentChannel });
        if (written.kind === 'dry-run') {
            log.info(`Dry run: would create or find the incident ${payload.idempotency_key}:\n${JSON.stringify(payload, null, 2)}`);
            lines.push(`Policy \`${policy.name}\`: a dry run opens no escalation incident (it would use the key \`${payload.idempotency_key}\`).`);
            continue;
        }
        const { incident } = written;
        log.info(`Escalation incident ${incident.reference} (${incident.id}) for ${policy.name}${written.edited ? ': summary updated' : ''}.`);
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
function mergedPullLinks(evidence) {
    const byNumber = new Map();
    for (const e of evidence.values())
        for (const p of e.pulls)
            byNumber.set(p.number, p.htmlUrl);
    return [...byNumber].sort((a, b) => a[0] - b[0]).map(([number, url]) => ({ number, url }));
}


/***/ })

};
