import { useEffect, useState } from 'react';
import { UserFacingError } from '@/lib/errors';
import { configuredServices, hostsOf, originsFor, requestOrigins, type Service, serviceOrigins } from '@/lib/settings/permissions';
import { type FieldId, type Problems, secretProblems, settingsProblems } from '@/lib/settings/problems';
import type { Settings } from '@/lib/settings/schema';
import { applySecretEdits, hasSecretEdits, NO_EDITS, type SecretEdits } from '@/lib/settings/secret-edits';
import { readSecrets, saveSecrets, type Secrets, type SecretsRead } from '@/lib/settings/secrets';
import { runServiceTest } from '@/lib/settings/service-check';
import type { TestOutcome } from '@/lib/settings/live-models';
import { readSettings, writeSettings } from '@/lib/settings/store';
import { type Preferences, preferencesItem } from '@/lib/storage/preferences';

type SectionKey = { [K in keyof Settings]: Settings[K] extends object ? K : never }[keyof Settings];

export interface OptionsForm {
  settings: Settings;
  preferences: Preferences;
  /** Undefined while a passphrase locks them. */
  saved: Secrets | undefined;
  /** The secrets a save would store: saved ones with this visit's edits. */
  effective: Secrets | undefined;
  encrypted: boolean;
  edits: SecretEdits;
  problems: Problems;
  status: string;
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
  typeSecret(name: keyof Secrets, value: string): void;
  forgetSecret(name: keyof Secrets): void;
  /** Synchronous up to the permission request, so call it straight from the click. */
  save(): void;
  test(service: Service): Promise<TestOutcome>;
  reload(): Promise<void>;
  reloadSecrets(): Promise<void>;
  /** A field's id, value, problem and change handler, ready to spread on a control. */
  bind<S extends SectionKey, K extends keyof Settings[S] & string>(section: S, key: K): Bound<Settings[S][K]>;
  bindPreference<K extends keyof Preferences>(key: K): Bound<Preferences[K]>;
}

export interface Bound<T> {
  field: string;
  value: T;
  problem: string | undefined;
  onChange(value: T): void;
}

const SAVE_FAILED = 'Saving failed. Reload the page and try again.';

export function useOptionsForm(): OptionsForm | undefined {
  const [settings, setSettings] = useState<Settings>();
  const [preferences, setPreferences] = useState<Preferences>();
  const [secrets, setSecrets] = useState<SecretsRead>();
  const [edits, setEdits] = useState<SecretEdits>(NO_EDITS);
  const [status, setStatus] = useState('');

  const reloadSecrets = async () => setSecrets(await readSecrets());
  const reload = async () => {
    const [loadedSettings, loadedPreferences, loadedSecrets] = await Promise.all([readSettings(), preferencesItem.getValue(), readSecrets()]);
    setSettings(loadedSettings);
    setPreferences(loadedPreferences);
    setSecrets(loadedSecrets);
    setEdits(NO_EDITS);
  };
  useEffect(() => void reload(), []);

  if (!settings || !preferences || !secrets) return undefined;
  const saved = secrets.state === 'open' ? secrets.secrets : undefined;
  const effective = saved && applySecretEdits(saved, edits);
  const problems: Problems = { ...settingsProblems(settings), ...(effective ? secretProblems(edits.typed, effective, settings) : {}) };

  const fieldsWithProblems = (belongs: (id: FieldId) => boolean) => (Object.keys(problems) as FieldId[]).filter(belongs);

  const save = () => {
    const wrong = fieldsWithProblems(() => true);
    if (wrong.length > 0) {
      setStatus(wrong.length === 1 ? 'Fix the highlighted field first.' : `Fix the ${wrong.length} highlighted fields first.`);
      // The first in page order, which the list of problems does not follow; unfolded if Advanced hides it.
      const first = document.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.closest('details')?.setAttribute('open', '');
      first?.focus();
      return;
    }
    // Locked keys cannot say which services are set up; their permissions were asked when they were saved.
    const origins = effective ? originsFor(configuredServices(settings, effective), settings) : [];
    const permitted = requestOrigins(origins);
    setStatus('Saving…');
    void (async () => {
      await Promise.all([writeSettings(settings), preferencesItem.setValue(preferences)]);
      if (effective && hasSecretEdits(edits)) await saveSecrets(effective);
      await reloadSecrets();
      setEdits(NO_EDITS);
      setStatus(
        (await permitted)
          ? 'Saved.'
          : `Saved, but Post to Image may not reach ${hostsOf(origins)} yet. Click Save again and allow access when the browser asks.`,
      );
    })().catch((error: unknown) => setStatus(error instanceof UserFacingError ? error.message : SAVE_FAILED));
  };

  const test = async (service: Service): Promise<TestOutcome> => {
    // A service's fields, and the AWS credentials for every AWS service.
    if (fieldsWithProblems((id) => id.startsWith(service) || (service !== 'openai' && id.startsWith('aws'))).length > 0) {
      return { ok: false, sentence: 'Fix the highlighted fields first.' };
    }
    if (!effective) return { ok: false, sentence: 'Unlock your keys with your passphrase first.' };
    const origins = serviceOrigins(service, settings);
    if (!(await requestOrigins(origins))) return { ok: false, sentence: `Testing needs permission to reach ${hostsOf(origins)}.` };
    try {
      return await runServiceTest(service, settings, effective);
    } catch {
      return { ok: false, sentence: 'The test could not run. Reload the page and try again.' };
    }
  };

  const patch = <S extends SectionKey>(key: S, changes: Partial<Settings[S]>) => setSettings((current) => current && { ...current, [key]: { ...current[key], ...changes } });

  const bind = <S extends SectionKey, K extends keyof Settings[S] & string>(section: S, key: K): Bound<Settings[S][K]> => {
    const field = `${section}.${key}` as FieldId;
    const onChange = (value: Settings[S][K]) => {
      const changes: Partial<Settings[S]> = {};
      changes[key] = value;
      patch(section, changes);
    };
    return { field, value: settings[section][key], problem: problems[field], onChange };
  };

  return {
    settings,
    preferences,
    saved,
    effective,
    encrypted: secrets.state === 'locked' || secrets.encrypted,
    edits,
    problems,
    status,
    set: (key, value) => setSettings((current) => current && { ...current, [key]: value }),
    typeSecret: (name, value) => setEdits((current) => ({ ...current, typed: { ...current.typed, [name]: value } })),
    forgetSecret: (name) =>
      setEdits((current) => ({ typed: { ...current.typed, [name]: '' }, forgotten: new Set([...current.forgotten, name]) })),
    save,
    test,
    reload,
    reloadSecrets,
    bind,
    bindPreference: (key) => ({
      field: `preferences.${key}`,
      value: preferences[key],
      problem: undefined,
      onChange: (value) => setPreferences((current) => current && { ...current, [key]: value }),
    }),
  };
}
