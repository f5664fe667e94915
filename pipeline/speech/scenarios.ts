/**
 * Synthetic calls with known timings, for VAD tests and the VAD benchmark (see synth-call.ts).
 * Each scenario says where its hold, dead air and interruption are, so tests compare against it.
 */
import type { TimeSpan } from '../types.ts';
import type { Utterance } from './synth-call.ts';

export interface Scenario {
  durationS: number;
  utterances: Utterance[];
  /** Roughly where the hold is: the agent's "please wait" ends before it, "thanks for waiting" starts after. */
  hold: TimeSpan | null;
  /** Mutual silence that is not a hold (the agent spoke last but only briefly went quiet), approx. */
  deadAir: TimeSpan | null;
  /** Where the customer talks over the agent. */
  customerInterruptsAt: number | null;
}

const AGENT_ZH = 'cmn';
const CUSTOMER_ZH = 'cmn+f3';

/**
 * A Mandarin credit-card hotline call: greeting, request, "请稍等" then a 15 s hold, the agent
 * returns, the customer talks over the end of the agent's answer, ~7 s of dead air, closing.
 */
export const ZH_HOLD_CALL: Scenario = {
  durationS: 56,
  utterances: [
    { speaker: 'agent', startS: 0.5, text: '您好，招商银行信用卡中心，我姓王，很高兴为您服务', voice: AGENT_ZH },
    { speaker: 'customer', startS: 7.5, text: '你好，我想查一下我的账单', voice: CUSTOMER_ZH },
    { speaker: 'agent', startS: 11, text: '好的，请您稍等，我帮您查询一下', voice: AGENT_ZH },
    { speaker: 'agent', startS: 30, text: '感谢您的耐心等待，您本月的账单是三千元', voice: AGENT_ZH },
    { speaker: 'customer', startS: 33.6, text: '好的，谢谢你', voice: CUSTOMER_ZH },
    { speaker: 'agent', startS: 42, text: '请问还有什么可以帮您', voice: AGENT_ZH },
    { speaker: 'customer', startS: 45.5, text: '没有了', voice: CUSTOMER_ZH },
    { speaker: 'agent', startS: 48, text: '感谢您的来电，祝您生活愉快，再见', voice: AGENT_ZH },
  ],
  hold: { startS: 15, endS: 30 },
  deadAir: { startS: 35, endS: 42 },
  customerInterruptsAt: 33.6,
};

/** An English call with the agent on the right channel and no hold: checks channel mapping. */
export const EN_RIGHT_CHANNEL_CALL: Scenario = {
  durationS: 20,
  utterances: [
    { speaker: 'agent', startS: 0.8, text: 'Thank you for calling China Merchants Bank, my name is Smith, how may I help you?', voice: 'en' },
    { speaker: 'customer', startS: 7, text: 'Hi, I lost my credit card yesterday.', voice: 'en+f3' },
    { speaker: 'agent', startS: 10.5, text: 'I am sorry to hear that. I will block the card right away.', voice: 'en' },
    { speaker: 'customer', startS: 15.5, text: 'Thank you very much.', voice: 'en+f3' },
  ],
  hold: null,
  deadAir: null,
  customerInterruptsAt: null,
};
