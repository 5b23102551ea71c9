// bpmnlint for Camunda 7.24 in the browser. The browser cannot look plugins up by name as bpmnlint's command line
// does, so every rule the configuration names is imported here and handed to bpmnlint through a static resolver.
import { Linter } from 'bpmnlint';
import StaticResolver from 'bpmnlint/lib/resolver/static-resolver';
import camundaCompat from 'bpmnlint-plugin-camunda-compat';
import historyTimeToLive from 'bpmnlint-plugin-camunda-compat/rules/camunda-platform/history-time-to-live';
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process';
import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event';
import fakeJoin from 'bpmnlint/rules/fake-join';
import labelRequired from 'bpmnlint/rules/label-required';
import linkEvent from 'bpmnlint/rules/link-event';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';

/** The execution platform the rules are for, as Camunda Modeler writes it into a diagram. */
export const EXECUTION_PLATFORM = { platform: 'camunda-platform', version: '7.24' };

const CORE_RULES = {
  'ad-hoc-sub-process': adHocSubProcess,
  'conditional-flows': conditionalFlows,
  'end-event-required': endEventRequired,
  'event-based-gateway': eventBasedGateway,
  'event-sub-process-typed-start-event': eventSubProcessTypedStartEvent,
  'fake-join': fakeJoin,
  'label-required': labelRequired,
  'link-event': linkEvent,
  'no-complex-gateway': noComplexGateway,
  'no-disconnected': noDisconnected,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'no-gateway-join-fork': noGatewayJoinFork,
  'no-implicit-split': noImplicitSplit,
  'no-implicit-end': noImplicitEnd,
  'no-implicit-start': noImplicitStart,
  'single-blank-start-event': singleBlankStartEvent,
  'single-event-definition': singleEventDefinition,
  'start-event-required': startEventRequired,
  'sub-process-blank-start-event': subProcessBlankStartEvent,
  'superfluous-gateway': superfluousGateway
};

// Errors: what the engine cannot run or runs other than drawn. Warnings: modelling style (labels, implicit
// gateways), which the shipped processes may keep; the engine's own check on the server has the last word.
export const CONFIG = {
  extends: 'plugin:camunda-compat/camunda-platform-7-24',
  rules: {
    'camunda-compat/history-time-to-live': ['warn', EXECUTION_PLATFORM],
    'conditional-flows': 'error',
    'event-based-gateway': 'error',
    'event-sub-process-typed-start-event': 'error',
    'link-event': 'error',
    'no-duplicate-sequence-flows': 'error',
    'single-blank-start-event': 'error',
    'single-event-definition': 'error',
    'start-event-required': 'error',
    'sub-process-blank-start-event': 'error',
    'ad-hoc-sub-process': 'warn',
    'end-event-required': 'warn',
    'fake-join': 'warn',
    'label-required': 'warn',
    'no-complex-gateway': 'warn',
    'no-disconnected': 'warn',
    'no-gateway-join-fork': 'warn',
    'no-implicit-split': 'warn',
    'no-implicit-end': 'warn',
    'no-implicit-start': 'warn',
    'superfluous-gateway': 'warn'
  }
};

const cache = {
  'config:bpmnlint-plugin-camunda-compat/camunda-platform-7-24': camundaCompat.configs['camunda-platform-7-24'],
  'rule:bpmnlint-plugin-camunda-compat/history-time-to-live': historyTimeToLive
};
for (const [name, rule] of Object.entries(CORE_RULES)) {
  cache['rule:bpmnlint/' + name] = rule;
}

/**
 * Lints a model's definitions (the moddle root bpmn-js holds): [{elementId, rule, severity, message}], severity
 * ERROR or WARNING as the server's problems have it.
 */
export async function lint(definitions) {
  // a new linter each time: bpmnlint keeps rule instances, and some rules (duplicate flows) keep state in them
  const linter = new Linter({ config: CONFIG, resolver: new StaticResolver(cache) });
  const results = await linter.lint(definitions);
  const problems = [];
  for (const [rule, reports] of Object.entries(results)) {
    for (const r of reports) {
      problems.push({
        elementId: r.id || null,
        rule: rule.replace(/^bpmnlint\//, ''),
        severity: r.category === 'error' || r.category === 'rule-error' ? 'ERROR' : 'WARNING',
        message: r.message
      });
    }
  }
  return problems;
}
