import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { examplePayload } from '../schema/example-payload';
import { cliFunctionName, exportCliZip, importCliFiles, type CliWorkspace } from './cli-project';
import { functionTemplate } from './function-templates';

const workspace = (): CliWorkspace => ({
  event: 'surveybot_messaging_survey_started',
  payload: { ...examplePayload(), extra: { nested: ['kept'] } },
  code: functionTemplate('surveybot_messaging_survey_started', 'v1') + '\n// ünïcödé 🙂\n',
  env: [
    { key: 'CRM_URL', value: 'https://crm.example.com' },
    { key: 'REGION', value: 'emea' },
  ],
  secrets: [{ key: 'crm-api-key', value: 's3cret' }],
  mocks: [
    { url: 'https://*.example.com/api/*', method: 'POST' },
    { url: 'https://crm.example.com/x' },
    { url: '*' },
  ],
});

const config = (value: unknown) => JSON.stringify(value);
const zip = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

describe('CLI project export', () => {
  it('writes index.js and config.json in the CLI layout, without settings.json by default', () => {
    const files = unzipSync(
      exportCliZip(workspace(), { name: 'My survey fn!', includeSecrets: false }),
    );
    expect(Object.keys(files).sort()).toEqual([
      'functions/My-survey-fn/config.json',
      'functions/My-survey-fn/index.js',
    ]);
    expect(strFromU8(files['functions/My-survey-fn/index.js']!)).toBe(workspace().code);
    expect(JSON.parse(strFromU8(files['functions/My-survey-fn/config.json']!))).toEqual({
      name: 'My-survey-fn',
      event: 'surveybot_messaging_survey_started',
      description: 'Messaging Survey Started function',
      input: { headers: [], payload: workspace().payload },
      environmentVariables: workspace().env,
    });
  });

  it('writes settings.json with the secrets and the mocked hosts only when asked', () => {
    const files = unzipSync(exportCliZip(workspace(), { name: 'fn', includeSecrets: true }));
    expect(JSON.parse(strFromU8(files['functions/settings.json']!))).toEqual({
      secrets: [{ key: 'crm-api-key', value: 's3cret' }],
      whitelist: ['*.example.com', 'crm.example.com'],
    });
  });

  it('writes a JSON secret with its JSON as the value, and reads it back as a JSON secret', () => {
    const secrets = [
      { key: 'creds', value: '{"clientId":"abc"}', type: 'json' as const },
      { key: 'token', value: 'abc' },
    ];
    const exported = exportCliZip(
      { ...workspace(), secrets },
      { name: 'fn', includeSecrets: true },
    );
    const settings = JSON.parse(strFromU8(unzipSync(exported)['functions/settings.json']!));
    expect(settings.secrets).toEqual([
      { key: 'creds', value: { clientId: 'abc' } },
      { key: 'token', value: 'abc' },
    ]);
    expect(importCliFiles(exported, 'fn.zip')).toMatchObject({ parts: { secrets } });
  });

  it('names folders safely', () => {
    expect(cliFunctionName('../../etc/passwd')).toBe('etc-passwd');
    expect(cliFunctionName('  ')).toBe('survey-function');
  });
});

describe('CLI project import', () => {
  it('gives back the exported workspace, secrets included when they were exported', () => {
    const { mocks: _mocks, ...expected } = workspace();
    const withSecrets = importCliFiles(
      exportCliZip(workspace(), { name: 'fn', includeSecrets: true }),
      'fn.zip',
    );
    expect(withSecrets).toEqual({
      name: 'fn',
      parts: expected,
      notes: ['1 secret(s) came from settings.json.'],
    });
    const { secrets: _secrets, ...withoutSecrets } = expected;
    const plain = importCliFiles(
      exportCliZip(workspace(), { name: 'fn', includeSecrets: false }),
      'fn.zip',
    );
    expect(plain).toEqual({ name: 'fn', parts: withoutSecrets, notes: [] });
  });

  it('keeps test cases beside the function and reads them back', () => {
    const cases = [
      {
        id: 'c1',
        name: 'agent closes',
        payload: { closeReason: 'AGENT' },
        expect: { status: 'succeeds' as const },
      },
    ];
    const zip = exportCliZip({ ...workspace(), cases }, { name: 'fn', includeSecrets: false });
    expect(Object.keys(unzipSync(zip)).sort()).toEqual([
      'functions/fn/config.json',
      'functions/fn/index.js',
      'functions/fn/playground-cases.json',
    ]);
    const found = importCliFiles(zip, 'fn.zip');
    expect('parts' in found && found.parts.cases).toEqual(cases);
    const broken = zipSync({
      'functions/fn/config.json': strToU8('{"event": "surveybot_messaging_survey_ended"}'),
      'functions/fn/playground-cases.json': strToU8('{"cases": [{"id": 1}]}'),
    });
    expect(importCliFiles(broken, 'fn.zip')).toEqual({
      error: 'playground-cases.json holds test cases the playground cannot read',
    });
  });

  it('keeps breakpoints beside the function, dropping those past the end of its code', () => {
    const code = 'function lambda(input, callback) {\n  callback(null, 1);\n}\n';
    const breakpoints = [{ line: 2, condition: 'input' }, { line: 3, log: 'end' }, { line: 9 }];
    const zip = exportCliZip(
      { ...workspace(), code, breakpoints },
      { name: 'fn', includeSecrets: false },
    );
    const sidecar = JSON.parse(strFromU8(unzipSync(zip)['functions/fn/playground-cases.json']!));
    expect(sidecar.breakpoints).toEqual(breakpoints);
    const found = importCliFiles(zip, 'fn.zip');
    expect('parts' in found && found.parts.breakpoints).toEqual(breakpoints.slice(0, 2));
    const none = importCliFiles(
      exportCliZip(workspace(), { name: 'fn', includeSecrets: false }),
      'fn.zip',
    );
    expect('parts' in none && none.parts.breakpoints).toBeUndefined();
  });

  it('reads a lone config.json with environmentVariables as a list or as an object', () => {
    const payload = { conversationId: 'c-1' };
    const asList = config({
      name: 'lone',
      event: 'surveybot_messaging_survey_ended',
      input: { headers: [], payload },
      environmentVariables: [{ key: 'A', value: '1' }],
    });
    const asObject = config({
      event: 'surveybot_messaging_survey_ended',
      input: { payload },
      environmentVariables: { A: '1', B: 2 },
    });
    expect(importCliFiles(asList, 'config.json')).toEqual({
      name: 'lone',
      parts: {
        event: 'surveybot_messaging_survey_ended',
        payload,
        env: [{ key: 'A', value: '1' }],
      },
      notes: [],
    });
    expect(importCliFiles(strToU8('\uFEFF' + asObject), 'config.json')).toMatchObject({
      parts: {
        env: [
          { key: 'A', value: '1' },
          { key: 'B', value: '2' },
        ],
      },
    });
  });

  it('opens the first of several functions, in a zip with a top folder, and says so', () => {
    const cfg = (name: string) =>
      config({ name, event: 'surveybot_messaging_survey_ended', input: { payload: { n: name } } });
    const result = importCliFiles(
      zip({
        'project/functions/b-fn/config.json': cfg('b-fn'),
        'project/functions/a-fn/config.json': cfg('a-fn'),
        'project/functions/a-fn/index.js': 'a();',
        'project/functions/settings.json': config({ secrets: [], whitelist: [] }),
        'project/README.md': 'ignored',
      }),
      'project.zip',
    );
    expect(result).toMatchObject({
      name: 'a-fn',
      parts: { code: 'a();', payload: { n: 'a-fn' }, secrets: [] },
    });
    expect((result as { notes: string[] }).notes[0]).toBe(
      'The zip holds 2 functions (a-fn, b-fn); opened a-fn.',
    );
  });

  it('keeps what a config.json leaves out, and says so', () => {
    const result = importCliFiles(zip({ 'functions/x/config.json': '{}' }), 'x.zip');
    expect(result).toEqual({
      name: 'x',
      parts: { env: [] },
      notes: [
        'config.json names no event; the current event was kept.',
        'config.json has no input.payload; the current payload was kept.',
        'functions/x has no index.js; the current code was kept.',
      ],
    });
  });

  it.each([
    [
      strToU8('just some text'),
      'notes.txt',
      'notes.txt is neither a zip of a CLI project nor a config.json',
    ],
    [zip({ 'other/file.js': 'x' }), 'a.zip', 'no functions/<name>/config.json'],
    [Uint8Array.of(0x50, 0x4b, 3, 4, 9, 9, 9), 'bad.zip', 'the zip is damaged'],
    ['{"event": ', 'config.json', 'config.json is not valid JSON'],
    ['[1, 2]', 'config.json', 'config.json must hold a JSON object'],
    [
      config({ event: 'controllerbot_messaging_new_conversation' }),
      'config.json',
      'is for the event "controllerbot_messaging_new_conversation"',
    ],
    [
      '{"input": {"payload": {"__proto__": {"x": 1}}}}',
      'config.json',
      'forbidden key (input.payload.__proto__)',
    ],
    [config({ input: { payload: [1] } }), 'config.json', 'input.payload that is not a JSON object'],
    [
      config({ environmentVariables: [{ key: '1BAD', value: 'x' }] }),
      'config.json',
      'unusable environmentVariables (0.key:',
    ],
    [
      config({ environmentVariables: { A: { nested: true } } }),
      'config.json',
      'unusable environmentVariables',
    ],
    [
      zip({
        'functions/x/config.json': '{}',
        'functions/settings.json': config({ secrets: [{ key: 'bad key', value: '' }] }),
      }),
      'x.zip',
      'settings.json has unusable secrets',
    ],
  ])('refuses a bad file with a clear message (%#)', (data, filename, message) => {
    expect(importCliFiles(data, filename)).toEqual({ error: expect.stringContaining(message) });
  });
});
