import { exampleOf, payloadSpec, type FieldSpec } from './field-spec';
import { EVENT_NAMES, type EventId } from './events';

// Generates the `.d.ts` the code editor gives TypeScript: `input.payload` typed per event, one
// interface per documented object, each field with its description and example as a doc comment.
// Objects are closed (no index signature) so that a misspelt field is an error.

const EVENT_WHEN: Record<EventId, string> = {
  surveybot_messaging_survey_started:
    'the survey bot sent its first question, after the conversation ended',
  surveybot_messaging_survey_ended: 'the consumer finished the post-conversation survey',
};

/** The namespace holding the payload's interfaces in the generated typings. */
export const TYPINGS_NAMESPACE = 'Survey';

const pascal = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

/** The name of the root payload interface for an event, e.g. `MessagingSurveyEndedPayload`. */
export function payloadInterfaceName(event: EventId): string {
  return `${EVENT_NAMES[event].split(' ').map(pascal).join('')}Payload`;
}

/** Text safe inside a block comment. */
const commentSafe = (text: string) => text.replace(/\*\//g, '*\\/');

function docLines(spec: FieldSpec): string[] {
  const meta = spec.meta;
  if (!meta) return [];
  const lines = [meta.description];
  if (meta.suggestions?.length) {
    lines.push('', `Known values: ${meta.suggestions.map((s) => `\`${s}\``).join(', ')}.`);
  }
  if (meta.format === 'timestamp') lines.push('', 'Epoch milliseconds.');
  if (meta.note) lines.push('', `Note: ${meta.note}`);
  const example = exampleOf(spec);
  if (example !== undefined) {
    lines.push('@example');
    lines.push(...JSON.stringify(example, null, 2).split('\n'));
  }
  return lines;
}

function docComment(spec: FieldSpec, indent: string): string {
  const lines = docLines(spec);
  if (!lines.length) return '';
  const body = lines.map((l) => `${indent} *${l ? ` ${commentSafe(l)}` : ''}`).join('\n');
  return `${indent}/**\n${body}\n${indent} */\n`;
}

const stringLiteral = (value: string) => JSON.stringify(value);

/** Builds the interfaces of one event's payload. */
class TypingsBuilder {
  private readonly interfaces: string[] = [];
  private readonly taken = new Set<string>();

  constructor(
    private readonly rootName: string,
    private readonly rootDoc: string,
  ) {}

  build(): string[] {
    this.declareObject(payloadSpec, this.rootName, `  /** ${commentSafe(this.rootDoc)} */\n`);
    return this.interfaces;
  }

  private uniqueName(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name); n++) name = `${wanted}${n}`;
    this.taken.add(name);
    return name;
  }

  private typeOf(spec: FieldSpec, nameHint: string): string {
    switch (spec.kind) {
      case 'string':
        return spec.meta?.suggestions?.length
          ? `(${spec.meta.suggestions.map(stringLiteral).join(' | ')} | (string & {}))`
          : 'string';
      case 'number':
      case 'boolean':
        return spec.kind;
      case 'array': {
        const item = spec.item;
        if (!item) return 'unknown[]';
        const singular = nameHint.endsWith('s') ? nameHint.slice(0, -1) : `${nameHint}Item`;
        return `${this.typeOf(item, singular)}[]`;
      }
      case 'object':
        return `${TYPINGS_NAMESPACE}.${this.declareObject(spec, nameHint)}`;
    }
  }

  private declareObject(spec: FieldSpec, wanted: string, doc = docComment(spec, '  ')): string {
    const name = this.uniqueName(wanted);
    const slot = this.interfaces.push('') - 1;
    const members = spec.children.map((child) => {
      const type = this.typeOf(child, pascal(child.key));
      const key = /^[A-Za-z_$][\w$]*$/.test(child.key) ? child.key : stringLiteral(child.key);
      return `${docComment(child, '    ')}    ${key}${child.optional ? '?' : ''}: ${type};`;
    });
    this.interfaces[slot] = `${doc}  interface ${name} {\n${members.join('\n')}\n  }`;
    return name;
  }
}

/** The typings of `input` for an event's function: payload interfaces and the lambda signatures. */
export function payloadTypings(event: EventId): string {
  const eventName = EVENT_NAMES[event];
  const root = payloadInterfaceName(event);
  const interfaces = new TypingsBuilder(
    root,
    `\`input.payload\` of the ${eventName} event: ${EVENT_WHEN[event]}.`,
  ).build();
  return `// Generated from the payload schema for the ${eventName} event (${event}). Do not edit.
declare namespace ${TYPINGS_NAMESPACE} {
${interfaces.join('\n\n')}
}

/** What the platform passes to \`lambda\` for the ${eventName} event. */
interface LambdaInput {
  /** Request headers; empty for survey events. */
  headers: unknown[];
  /** The ${eventName} event's data. */
  payload: ${TYPINGS_NAMESPACE}.${root};
}

/**
 * V1 result: \`callback(null, result)\` succeeds, \`callback(error)\` fails with an Error object.
 * A value returned by a V1 function is ignored; only the callback counts.
 */
type LambdaCallback = (error: Error | null, result?: unknown) => void;

/** A V1 function: \`function lambda(input, callback)\`. */
type LambdaFunction = (input: LambdaInput, callback: LambdaCallback) => any;

/** A V2 function: \`async function lambda(input)\` returns the result; a throw fails the call. */
type AsyncLambdaFunction = (input: LambdaInput, callback: LambdaCallback) => Promise<any>;
`;
}
