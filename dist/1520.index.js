export const id = 1520;
export const ids = [1520,3940];
export const modules = {

/***/ 1520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  computePlan: () => (/* binding */ computePlan)
});

// EXTERNAL MODULE: ./src/policy/live-checks.ts
var live_checks = __webpack_require__(7490);
// EXTERNAL MODULE: ./src/policy/load-policy.ts
var load_policy = __webpack_require__(6403);
// EXTERNAL MODULE: ./src/oncall/on-call.ts + 1 modules
var on_call = __webpack_require__(3869);
// EXTERNAL MODULE: ./src/report/render-diagnostics.ts
var render_diagnostics = __webpack_require__(2853);
// EXTERNAL MODULE: ./src/reconcile/remote-changes.ts
var remote_changes = __webpack_require__(3940);
// EXTERNAL MODULE: ./src/plan/diff.ts
var diff = __webpack_require__(8256);
// EXTERNAL MODULE: ./src/plan/people.ts
var plan_people = __webpack_require__(8328);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/plan/intervals.ts
var intervals = __webpack_require__(237);
;// CONCATENATED MODULE: ./src/plan/snapshot-entries.ts
// Rota snapshots (docs/policy-tests.md) as the source of schedule entries for the plan's people
// effect when there is no incident.io key. Which snapshots to read (one window: snapshots that
// share it, as `record` writes them with the same --from and --to), and a reader with the live
// client's shape (ScheduleEntriesReader), so their entries go through the same reading
// (fetchShifts, toShifts) and the same diffPeople as live ones. Pure: the snapshots are already
// loaded (commands/policy-tests.ts reads the folder).


const recorded = (s) => s.recordedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
/** Later recording first, then by path: which of two snapshots holding a schedule is read. */
const fresherFirst = (a, b) => recorded(b) - recorded(a) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
const windowOf = (s) => ({ start: s.window.from.getTime(), end: s.window.to.getTime() });
/**
 * The snapshots to read for the schedules `wanted`: of the groups of snapshots sharing a window,
 * the one holding the most of them, then the latest recorded, then the earliest window. A
 * schedule held by two snapshots of that window is read from the later recording. Undefined
 * when there is no snapshot.
 */
function chooseSnapshots(snapshots, wanted) {
    // Freshest first, so within a group the first holder of a schedule is the one read.
    const groups = new Map();
    for (const s of [...snapshots].sort(fresherFirst)) {
        const window = windowOf(s);
        const key = `${window.start}/${window.end}`;
        const group = groups.get(key) ?? { window, members: [] };
        group.members.push(s);
        groups.set(key, group);
    }
    const ranked = [...groups.values()]
        .map((g) => ({
        ...g,
        covered: wanted.filter((id) => g.members.some((s) => s.schedules.has(id))).length,
        latest: Math.max(...g.members.map(recorded)),
    }))
        .sort((a, b) => b.covered - a.covered || b.latest - a.latest || a.window.start - b.window.start);
    const [chosen, ...others] = ranked;
    if (!chosen)
        return undefined;
    const sources = new Map();
    for (const id of wanted) {
        const holder = chosen.members.find((s) => s.schedules.has(id));
        if (holder)
            sources.set(id, holder);
    }
    const used = [];
    const unused = [];
    for (const snapshot of chosen.members) {
        const schedules = wanted.filter((id) => sources.get(id) === snapshot);
        // Nothing named (or nothing held): the freshest snapshot of the window still stands for it.
        if (schedules.length > 0 || (sources.size === 0 && used.length === 0)) {
            used.push({ snapshot, schedules });
            continue;
        }
        const readFrom = wanted.flatMap((id) => (snapshot.schedules.has(id) ? [sources.get(id)?.file ?? ''] : []))[0];
        unused.push({
            file: snapshot.file,
            reason: readFrom ? `the schedules it holds are read from ${readFrom}` : 'it holds no schedule the policies name',
        });
    }
    for (const other of others) {
        for (const s of other.members)
            unused.push({ file: s.file, reason: `another window, ${(0,intervals.formatInterval)(other.window)}` });
    }
    unused.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const unknown = wanted.filter((id) => !sources.has(id));
    const elsewhere = new Map();
    for (const id of unknown) {
        const holder = others.flatMap((g) => g.members).find((s) => s.schedules.has(id));
        if (holder)
            elsewhere.set(id, holder.file);
    }
    return { window: chosen.window, used, unused, unknown, elsewhere, sources };
}
const iso = (d) => d.toISOString();
/**
 * A ScheduleEntriesReader over snapshots: a schedule's `final` entries overlapping the window
 * asked for, shaped as incident.io's (user with ID, name and email; rotation and layer when the
 * snapshot gives them). Only the schedules in `sources` can be read.
 */
function snapshotEntriesReader(sources) {
    return {
        listScheduleEntries(scheduleId, from, to) {
            const snapshot = sources.get(scheduleId);
            if (!snapshot) {
                return Promise.reject(new errors/* OncallGateError */.lN({
                    kind: 'not-found',
                    message: `The schedule ${scheduleId} is in none of the rota snapshots read.`,
                    fix: `Record it with \`oncall-gate record --schedule ${scheduleId} --from <time> --to <time>\`; see docs/policy-tests.md.`,
                }));
            }
            const final = (snapshot.schedules.get(scheduleId) ?? [])
                .filter((s) => s.startAt < to && s.endAt > from)
                .map((s) => ({
                start_at: iso(s.startAt),
                end_at: iso(s.endAt),
                user: { id: s.userId, name: s.name, email: s.email },
                ...(s.rotationId ? { rotation_id: s.rotationId } : {}),
                ...(s.layerId ? { layer_id: s.layerId } : {}),
            }));
            return Promise.resolve({ scheduled: [], overrides: [], final });
        },
    };
}

;// CONCATENATED MODULE: ./src/plan/compute-plan.ts








const asWarning = (d) => ({ ...d, severity: 'warning' });
async function computePlan(src) {
    let head = (0,load_policy.loadPolicySet)(src.headFiles);
    const base = src.baseFiles.length > 0 ? (0,load_policy.loadPolicySet)(src.baseFiles) : undefined;
    const baseErrors = base ? (0,render_diagnostics/* countBySeverity */.Ot)(base.diagnostics).errors : 0;
    const extra = [];
    let live;
    let remote;
    let shifts = new Map();
    if (src.client) {
        // Validation reports every problem at once, so live checks run even when the
        // head already has errors; the people effect is computed only for a valid head.
        live = await (0,live_checks.runLiveChecks)(head, src.headFiles, src.client, { now: src.now, shiftsFor: head.valid ? 'all' : 'escalation' });
        shifts = new Map(live.facts.shifts);
        head = (0,live_checks.withLiveDiagnostics)(head, live.diagnostics);
        if (head.valid) {
            remote = (0,remote_changes.planRemoteChanges)(head, await src.client.listCustomFields());
            // A field apply cannot fix makes apply fail; in the plan it is a warning to act on before merging.
            extra.push(...remote.diagnostics.map(asWarning));
            if (remote.actions.length > 0 && (0,remote_changes.lacksManageSettings)(live.facts.identity)) {
                const at = remote.changes[0]?.at;
                const { message, fix } = (0,remote_changes.manageSettingsMessage)(live.facts.identity.name, head.integration.escalation.customField);
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
            const baseOnly = (0,plan_people.scheduleIdsOf)(base).filter((id) => !shifts.has(id) && liveSchedules.has(id));
            if (baseOnly.length > 0) {
                for (const [id, list] of await (0,on_call.fetchShifts)(src.client, baseOnly, src.now, new Date(src.now.getTime() + live_checks.LOOKAHEAD_MS))) {
                    shifts.set(id, list);
                }
            }
        }
    }
    if (extra.length > 0)
        head = (0,live_checks.withLiveDiagnostics)(head, extra);
    const changes = head.valid ? [...(0,diff.diffPolicySets)(base, head), ...(remote?.changes ?? [])] : [];
    const people = !src.client
        ? src.snapshots && head.valid
            ? await snapshotPeople(base, head, src.snapshots, src.keyHint)
            : { skipped: `no incident.io API key; ${src.keyHint} to see who gains or loses approval rights` }
        : head.valid
            ? (0,plan_people.diffPeople)(base, head, shifts, src.now)
            : { skipped: 'the head policies are invalid' };
    const remoteNote = !src.client && head.valid && (0,remote_changes.needsCustomField)(head)
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
const listed = (items) => items.length > 5 ? `${items.slice(0, 5).join(', ')} and ${items.length - 5} more` : items.join(', ');
/**
 * The people effect from rota snapshots: the same reading of entries (fetchShifts) and the same
 * diffPeople as live ones, over the snapshots' window, with the schedules no snapshot holds
 * listed as unknown, never read as nobody on call.
 */
async function snapshotPeople(base, head, input, keyHint) {
    const wanted = [...new Set([...(base?.policies ?? []), ...head.policies].flatMap(plan_people.rightsSchedulesOf))];
    const noKey = `no incident.io API key; ${keyHint} to see who gains or loses approval rights`;
    const choice = chooseSnapshots(input.snapshots.values(), wanted);
    if (!choice) {
        if (input.broken.length === 0)
            return { skipped: noKey };
        return { skipped: `${noKey}, or fix the rota snapshots in ${input.folder}/, which have errors (${listed(input.broken)})` };
    }
    if (wanted.length > 0 && choice.sources.size === 0) {
        return {
            skipped: `${noKey}, or record the schedules the policies name into a rota snapshot in ${input.folder}/: none holds ${listed(wanted)}`,
        };
    }
    const { window } = choice;
    const reader = snapshotEntriesReader(choice.sources);
    const shifts = await (0,on_call.fetchShifts)(reader, [...choice.sources.keys()], new Date(window.start), new Date(window.end));
    const unused = [...choice.unused, ...input.broken.map((file) => ({ file, reason: 'it has errors, reported at their lines' }))];
    return {
        ...(0,plan_people.diffPeople)(base, head, shifts, { window }, new Set(choice.unknown)),
        snapshots: {
            folder: input.folder,
            used: choice.used.map(({ snapshot, schedules }) => ({
                file: snapshot.file,
                ...(snapshot.recordedAt ? { recordedAt: snapshot.recordedAt.getTime() } : {}),
                schedules,
            })),
            unused: unused.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
            otherWindow: [...choice.elsewhere].map(([schedule, file]) => ({ schedule, file })),
        },
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
