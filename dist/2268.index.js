export const id = 2268;
export const ids = [2268,3940];
export const modules = {

/***/ 2268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   computePlan: () => (/* binding */ computePlan)
/* harmony export */ });
/* harmony import */ var _policy_live_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7490);
/* harmony import */ var _policy_load_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6403);
/* harmony import */ var _oncall_on_call_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3869);
/* harmony import */ var _report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2853);
/* harmony import */ var _reconcile_remote_changes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3940);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8256);
/* harmony import */ var _people_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8328);







const asWarning = (d) => ({ ...d, severity: 'warning' });
async function computePlan(src) {
    let head = (0,_policy_load_policy_js__WEBPACK_IMPORTED_MODULE_1__.loadPolicySet)(src.headFiles);
    const base = src.baseFiles.length > 0 ? (0,_policy_load_policy_js__WEBPACK_IMPORTED_MODULE_1__.loadPolicySet)(src.baseFiles) : undefined;
    const baseErrors = base ? (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .countBySeverity */ .Ot)(base.diagnostics).errors : 0;
    const extra = [];
    let live;
    let remote;
    let shifts = new Map();
    if (src.client) {
        // Validation reports every problem at once, so live checks run even when the
        // head already has errors; the people effect is computed only for a valid head.
        live = await (0,_policy_live_checks_js__WEBPACK_IMPORTED_MODULE_0__.runLiveChecks)(head, src.headFiles, src.client, { now: src.now, shiftsFor: head.valid ? 'all' : 'escalation' });
        shifts = new Map(live.facts.shifts);
        head = (0,_policy_live_checks_js__WEBPACK_IMPORTED_MODULE_0__.withLiveDiagnostics)(head, live.diagnostics);
        if (head.valid) {
            remote = (0,_reconcile_remote_changes_js__WEBPACK_IMPORTED_MODULE_4__.planRemoteChanges)(head, await src.client.listCustomFields());
            // A field apply cannot fix makes apply fail; in the plan it is a warning to act on before merging.
            extra.push(...remote.diagnostics.map(asWarning));
            if (remote.actions.length > 0 && (0,_reconcile_remote_changes_js__WEBPACK_IMPORTED_MODULE_4__.lacksManageSettings)(live.facts.identity)) {
                const at = remote.changes[0]?.at;
                const { message, fix } = (0,_reconcile_remote_changes_js__WEBPACK_IMPORTED_MODULE_4__.manageSettingsMessage)(live.facts.identity.name, head.integration.escalation.customField);
                extra.push({
                    severity: 'warning',
                    code: 'missing-role',
                    file: at?.file ?? '',
                    line: at?.line ?? 1,
                    column: at?.column ?? 1,
                    message,
                    fix,
                });
            }
            // Schedules only the base names still matter for who loses rights: one windowed query each.
            const liveSchedules = live.facts.schedules;
            const baseOnly = (0,_people_js__WEBPACK_IMPORTED_MODULE_3__.scheduleIdsOf)(base).filter((id) => !shifts.has(id) && liveSchedules.has(id));
            if (baseOnly.length > 0) {
                for (const [id, list] of await (0,_oncall_on_call_js__WEBPACK_IMPORTED_MODULE_5__.fetchShifts)(src.client, baseOnly, src.now, new Date(src.now.getTime() + _policy_live_checks_js__WEBPACK_IMPORTED_MODULE_0__.LOOKAHEAD_MS))) {
                    shifts.set(id, list);
                }
            }
        }
    }
    if (extra.length > 0)
        head = (0,_policy_live_checks_js__WEBPACK_IMPORTED_MODULE_0__.withLiveDiagnostics)(head, extra);
    const changes = head.valid ? [...(0,_diff_js__WEBPACK_IMPORTED_MODULE_6__.diffPolicySets)(base, head), ...(remote?.changes ?? [])] : [];
    const people = !src.client
        ? { skipped: `no incident.io API key; ${src.keyHint} to see who gains or loses approval rights` }
        : head.valid
            ? (0,_people_js__WEBPACK_IMPORTED_MODULE_3__.diffPeople)(base, head, shifts, src.now)
            : { skipped: 'the head policies are invalid' };
    const remoteNote = !src.client && head.valid && (0,_reconcile_remote_changes_js__WEBPACK_IMPORTED_MODULE_4__.needsCustomField)(head)
        ? `Note: without an incident.io API key the plan cannot see whether the custom field ${JSON.stringify(head.integration.escalation.customField)} exists in incident.io; apply creates it when it is missing.`
        : undefined;
    // Schedule, rotation and layer IDs are all shown with their names.
    const scheduleNames = new Map();
    for (const [id, s] of live?.facts.schedules ?? [])
        scheduleNames.set(id, s.name);
    for (const rotations of live?.facts.rotations?.values() ?? []) {
        for (const r of rotations) {
            scheduleNames.set(r.id, r.name);
            for (const l of r.layers)
                if (l.name)
                    scheduleNames.set(l.id, `${l.name} of ${r.name}`);
        }
    }
    return {
        model: {
            policyPath: src.policyPath,
            baseLabel: src.baseLabel,
            headLabel: src.headLabel,
            changes,
            people,
            ...(remoteNote ? { remoteNote } : {}),
            scheduleNames,
            diagnostics: head.diagnostics,
            files: head.files.length,
            baseErrors,
        },
        ...(base ? { base } : {}),
        head,
        ...(live ? { live } : {}),
        ...(remote ? { remote } : {}),
    };
}


/***/ }),

/***/ 3940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CUSTOM_FIELD_DESCRIPTION: () => (/* binding */ CUSTOM_FIELD_DESCRIPTION),
/* harmony export */   CUSTOM_FIELD_NAME_MAX: () => (/* binding */ CUSTOM_FIELD_NAME_MAX),
/* harmony export */   MANAGE_SETTINGS_ROLE: () => (/* binding */ MANAGE_SETTINGS_ROLE),
/* harmony export */   lacksManageSettings: () => (/* binding */ lacksManageSettings),
/* harmony export */   manageSettingsMessage: () => (/* binding */ manageSettingsMessage),
/* harmony export */   needsCustomField: () => (/* binding */ needsCustomField),
/* harmony export */   planRemoteChanges: () => (/* binding */ planRemoteChanges)
/* harmony export */ });
/** CustomFieldsCreatePayloadV2 caps `name` at 50 characters. */
const CUSTOM_FIELD_NAME_MAX = 50;
const CUSTOM_FIELD_DESCRIPTION = 'incident.io schedule IDs (comma-separated) of the on-call schedules an oncall-gate escalation pages. Managed by oncall-gate.';
/** POST /v2/custom_fields needs the scope `organisation_settings.update`: most likely the manage_settings role. */
const MANAGE_SETTINGS_ROLE = 'manage_settings';
/** The custom field is needed only by escalation rules: they put the schedule IDs on the incident. */
function needsCustomField(set) {
    return set.policies.some((p) => p.rules.some((r) => r.type === 'escalation'));
}
function fieldPosition(set) {
    return (set.integration.at ??
        set.policies.flatMap((p) => p.rules).find((r) => r.type === 'escalation')?.at ?? {
        file: set.files[0] ?? 'policies',
        line: 1,
        column: 1,
    });
}
/**
 * Compares what the policies need with the custom fields incident.io has. The field is matched by
 * exact name, as incident.io's own Terraform data source does: the list has no filter by name.
 */
function planRemoteChanges(set, customFields) {
    const name = set.integration.escalation.customField;
    const at = fieldPosition(set);
    const diagnostic = (severity, code, message, fix) => ({
        severity,
        code,
        file: at.file,
        line: at.line,
        column: at.column,
        message,
        fix,
    });
    if (!needsCustomField(set)) {
        return { changes: [], actions: [], diagnostics: [], note: 'No escalation rules: the escalation custom field is not needed.' };
    }
    const existing = customFields.find((f) => f.name === name);
    if (existing) {
        if (existing.field_type !== 'text') {
            // field_type cannot be changed once the field exists (PUT /v2/custom_fields/{id} does not take it).
            return {
                changes: [],
                actions: [],
                existingField: existing,
                note: `The custom field "${name}" exists but has type ${existing.field_type}.`,
                diagnostics: [
                    diagnostic('error', 'custom-field-type', `The incident.io custom field "${name}" (${existing.id}) has type ${existing.field_type}, but escalations write schedule IDs into a text field`, 'Set `escalation.customField` in the integration file to a new name (apply creates it as a text field), or delete or rename the existing field in incident.io (Settings > Custom fields); its type cannot be changed.'),
                ],
            };
        }
        return {
            changes: [],
            actions: [],
            diagnostics: [],
            existingField: existing,
            note: `The custom field "${name}" exists (${existing.id}).`,
        };
    }
    if (name.length > CUSTOM_FIELD_NAME_MAX) {
        return {
            changes: [],
            actions: [],
            note: `The custom field name "${name}" is too long.`,
            diagnostics: [
                diagnostic('error', 'custom-field-name', `The custom field name "${name}" has ${name.length} characters; incident.io allows at most ${CUSTOM_FIELD_NAME_MAX}`, 'Shorten `escalation.customField` in the integration file.'),
            ],
        };
    }
    const payload = { name, description: CUSTOM_FIELD_DESCRIPTION, field_type: 'text' };
    return {
        changes: [
            {
                kind: 'incidentio_custom_field',
                name,
                action: 'create',
                remote: true,
                reason: 'escalation incidents record the paged schedule IDs in it; incident.io does not have it yet',
                attributes: [
                    { name: 'field_type', before: undefined, after: 'text', format: 'plain' },
                    { name: 'description', before: undefined, after: CUSTOM_FIELD_DESCRIPTION, format: 'plain' },
                ],
                rules: [],
                unchangedAttributes: 0,
                unchangedRules: 0,
                at,
            },
        ],
        actions: [{ kind: 'create-custom-field', payload }],
        diagnostics: [],
        note: `The custom field "${name}" does not exist yet.`,
    };
}
/** A key that cannot create the field: the error apply reports before trying (named role). */
function lacksManageSettings(identity) {
    return !identity.roles.includes(MANAGE_SETTINGS_ROLE);
}
function manageSettingsMessage(keyName, fieldName) {
    return {
        message: `The incident.io API key "${keyName}" lacks the \`${MANAGE_SETTINGS_ROLE}\` role, which apply needs to create the custom field "${fieldName}" (POST /v2/custom_fields)`,
        fix: `In incident.io (Settings > API keys), give the key the \`${MANAGE_SETTINGS_ROLE}\` role, or create a text custom field named "${fieldName}" by hand (Settings > Custom fields) and re-run.`,
    };
}


/***/ })

};
