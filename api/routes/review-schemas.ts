/** Response and body schemas of human evaluations and calibration (documentation; they mirror pipeline/review types). */
import { z } from '@hono/zod-openapi';
import { OFFICIAL_SCORE_RULES } from '../../pipeline/review/index.ts';
import { Outcome } from './schemas.ts';

export const EvaluationItem = z.object({
  checkId: z.string(),
  outcome: Outcome,
  comment: z.string().nullable(),
  atS: z.number().nullable().openapi({ description: 'Seconds from the start of the recording' }),
});

export const Evaluation = z
  .object({
    id: z.number().int(),
    callId: z.string(),
    scorecardVersion: z.string(),
    evaluator: z.string(),
    sessionId: z.number().int().openapi({ description: 'Calibration session id; 0 for an ordinary evaluation' }),
    comment: z.string().nullable(),
    score: z.number().openapi({ description: "0–100 by the scorecard's own scoring of the analyst's outcomes" }),
    autoFailed: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    items: z.array(EvaluationItem),
  })
  .openapi('Evaluation');

export const OfficialScore = z
  .object({
    score: z.number(),
    autoFailed: z.boolean(),
    source: z.enum(['automatic', 'corrected', 'human']),
    evaluationId: z.number().int().nullable(),
    scorecardVersion: z.string(),
    rule: z.enum(OFFICIAL_SCORE_RULES),
  })
  .openapi('OfficialScore');

export const CallScorecard = z
  .object({
    scorecardId: z.string(),
    scorecardVersion: z.string(),
    checks: z.array(z.object({ checkId: z.string(), section: z.string(), label: z.string(), weight: z.number(), critical: z.boolean(), automaticOutcome: Outcome })),
  })
  .openapi('EvaluationScorecard');

export const NewEvaluation = z
  .object({
    sessionId: z.number().int().min(1).optional().openapi({ description: 'Set to evaluate the call within a calibration session' }),
    comment: z.string().trim().max(2000, 'at most 2000 characters').optional(),
    items: z
      .array(
        z.object({
          checkId: z.string().min(1),
          outcome: Outcome,
          comment: z.string().trim().max(2000, 'at most 2000 characters').optional(),
          atS: z.number().min(0, 'seconds from the start, not negative').max(86_400).optional(),
        }),
      )
      .min(1, 'give an outcome for every check')
      .max(200),
  })
  .openapi('NewEvaluation');

const Proportion = z.object({
  successes: z.number().int(),
  n: z.number().int(),
  value: z.number().nullable(),
  low: z.number().nullable().openapi({ description: '95% Wilson interval' }),
  high: z.number().nullable(),
  largeEnough: z.boolean().openapi({ description: 'The interval half-width is at most maxHalfWidth' }),
});

export const CalibrationReport = z
  .object({
    filters: z.object({ scorecardVersion: z.string().optional(), from: z.string().optional(), to: z.string().optional() }),
    evaluatedCalls: z.number().int(),
    maxHalfWidth: z.number(),
    checks: z.array(
      z.object({
        scorecardVersion: z.string(),
        checkId: z.string(),
        section: z.string(),
        label: z.string(),
        n: z.number().int(),
        agreement: Proportion,
        kappa: z.number().nullable().openapi({ description: "Cohen's kappa, automatic vs human, over pass / fail / n.a." }),
        fail: z.object({ truePositives: z.number().int(), falsePositives: z.number().int(), falseNegatives: z.number().int(), precision: Proportion, recall: Proportion }),
        confusion: z.array(z.array(z.number().int())).openapi({ description: 'Rows: automatic pass/fail/na; columns: human pass/fail/na' }),
        disagreements: z.array(z.object({ callId: z.string(), date: z.string(), automatic: Outcome, human: Outcome, evaluator: z.string() })),
      }),
    ),
  })
  .openapi('CalibrationReport');

export const CalibrationSession = z
  .object({ id: z.number().int(), name: z.string(), createdBy: z.string(), callIds: z.array(z.string()), status: z.enum(['open', 'closed']), createdAt: z.string() })
  .openapi('CalibrationSession');

const Fleiss = z.object({ items: z.number().int(), itemsLeftOut: z.number().int(), kappa: z.number().nullable().openapi({ description: "Fleiss' kappa" }) });

export const SessionView = CalibrationSession.extend({
  analysts: z.array(z.string()),
  checks: z.array(Fleiss.extend({ checkId: z.string(), label: z.string() })),
  overall: Fleiss,
  agreed: z.array(z.object({ callId: z.string(), checkId: z.string(), answer: Outcome.nullable(), votes: z.object({ pass: z.number().int(), fail: z.number().int(), na: z.number().int() }) })),
  analystAgreement: z.array(z.object({ evaluator: z.string(), compared: z.number().int(), agreed: z.number().int(), rate: z.number().nullable() })),
}).openapi('CalibrationSessionView');

export const NewSession = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters'),
    callIds: z.array(z.string().min(1)).min(1, 'name at least one call').max(200, 'at most 200 calls'),
  })
  .openapi('NewCalibrationSession');
