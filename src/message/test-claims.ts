// cspell:ignore declin apologi
/**
 * Test only: the brief's claims table ("a message never claims what the person
 * did not say"), written from the brief separately from the templates, as the
 * oracle is written separately from the machine. Each claim has the phrases
 * that make it and says when it is allowed; a claims test renders every
 * message and fails on any phrase whose claim the answers do not support.
 *
 * This is the one place where tests hold wording on purpose: a lexicon of
 * claims, not the messages' text.
 */
import {
  ABOUT_EMPLOYER,
  CONCERNS,
  NEGOTIABLE,
  STAGES,
  asksEmployerInterest,
  asksNegotiable,
  asksPushback,
  asksSalaryGap,
  oracle,
  type BriefAnswers,
} from '../flow/test-oracle';

/** What a claim's support may depend on: the answers, the message and the draft. */
export interface ClaimFacts {
  readonly template: string;
  readonly stage: string;
  readonly concerns: readonly string[];
  readonly employerInterest?: string | undefined;
  /** The reason the person chose to give, or null. */
  readonly reason: string | null;
  readonly booked: boolean;
  /** What the recruiter said to the person's no, after a decline. */
  readonly pushback?: string | undefined;
  /** Whether the person named someone they would recommend. */
  readonly referral: boolean;
  /** Whether the person gave times that would work instead (for `reschedule`). */
  readonly altTimes: boolean;
}

export interface Claim {
  readonly id: string;
  /** Phrases that make the claim (case-insensitive). */
  readonly phrases: readonly RegExp[];
  /** When the brief allows the claim. */
  readonly allowed: (facts: ClaimFacts) => boolean;
  /** The claim may be made at most once in a message's body (a reason, stated once). */
  readonly once?: boolean;
}

const has = (facts: ClaimFacts, concern: string) => facts.concerns.includes(concern);

/** Messages that negotiate, or follow a negotiation: they name what was negotiated. */
const NEGOTIATION = ['negotiate', 'accept-after-talks', 'decline-after-talks'];

/** The brief's decline templates: their subject line says plainly that it's a no. */
export const DECLINES = [
  'decline-outreach',
  'decline-first-interview',
  'withdraw',
  'keep-door-open',
  'decline-brief',
  'decline-after-talks',
  'hold-decline',
];
export const ACCEPTS = ['accept-interview', 'accept-after-talks'];
/** The declines that close a real opportunity: they take a referral, and `pushback` follows them. */
export const REFERRALS = [
  'decline-outreach',
  'decline-first-interview',
  'withdraw',
  'keep-door-open',
];

/** The brief: "A decline template may carry one short reason … only from the ones fine to share." */
const REASON_PHRASES: Record<string, readonly RegExp[]> = {
  'career-goals': [/\bcareer\b/i],
  salary: [/\bsalary\b/i, /\bpay\b/i, /\bcompensation\b/i],
  'other-offer': [/\b(another|other) offer\b/i],
  'happy-current-job': [/\bcurrent (job|role|position)\b/i, /\b(happy|content) (in|with|where)\b/i],
  'work-setup': [
    /\bwork ?setup\b/i,
    /\bwork(ing)? arrangements?\b/i,
    /\bremote\b/i,
    /\bcommute\b/i,
  ],
  'lateral-move': [/\bsideways\b/i, /\blateral\b/i, /\bstep forward\b/i],
  'vague-scope': [
    /\bclear (enough )?picture\b/i,
    /\bvague\b/i,
    /\bunclear\b/i,
    /\bclearly defined\b/i,
    /\bscope\b/i,
  ],
  'long-process': [/\bhiring process\b/i, /\bunpaid\b/i],
  uninteresting: [/\b(not|isn't) quite what\b/i, /\bdoesn't interest\b/i, /\buninteresting\b/i],
};

/** The brief's claims table, row by row, then the reasons. */
export const CLAIMS: readonly Claim[] = [
  {
    id: 'happy or content in their current job, not looking',
    phrases: [
      /\bcurrent (job|role|position)\b/i,
      /\b(happy|content) (in|with|where)\b/i,
      /\bwhere things stand\b/i,
      /\bnot (actively )?looking\b/i,
    ],
    allowed: (f) => has(f, 'happy-current-job'),
  },
  {
    id: 'another offer they plan to accept',
    phrases: [/\b(another|other) offer\b/i, /\baccept(ing)? an offer\b/i],
    allowed: (f) => has(f, 'other-offer'),
  },
  {
    id: 'keep me in mind, other openings or future roles at this employer',
    phrases: [
      /\bkeep me in mind\b/i,
      /\bopenings?\b/i,
      /\bother (roles|positions|opportunities|jobs)\b/i,
      /\bfuture (roles|opportunities|openings)\b/i,
      /\bin the future\b/i,
      /\bhear from you again\b/i,
      /\breach out again\b/i,
      /\bcomes up\b/i,
      /\blike to work (at|for)\b/i,
      /\bstay(ing)? in touch\b/i,
    ],
    allowed: (f) =>
      f.employerInterest === 'yes' && !f.concerns.some((c) => ABOUT_EMPLOYER.includes(c)),
  },
  {
    id: 'their application',
    phrases: [/\bapplication\b/i, /\bapplied\b/i, /\bapplying\b/i],
    allowed: (f) => f.stage === 'applied' || f.stage === 'interviewing',
  },
  {
    id: 'the next interview or round, meeting them or the team',
    phrases: [
      /\bnext (interview|round|stage)\b/i,
      /\bmeet(ing)? (you|the team)\b/i,
      /\bmet (you|the team)\b/i,
      /\bthe team\b/i,
      /\b(our|the) (interviews|conversations)\b/i,
      /\btime so far\b/i,
    ],
    allowed: (f) => f.stage === 'interviewing',
  },
  {
    id: 'a reason that is never shared (about the employer, the people or a gut feeling)',
    phrases: [
      /\bmission\b/i,
      /\bculture\b/i,
      /\breputation\b/i,
      /\breviews?\b/i,
      /\bpushy\b/i,
      /\bdishonest\b/i,
      /\bgut\b/i,
      /\bfeeling\b/i,
      /\blegitimate\b/i,
      /\bgenuine\b/i,
      /\bscam\b/i,
    ],
    allowed: () => false,
  },
  {
    // The brief rules it out while the reason given is another offer; asking to
    // talk this week also contradicts an offer or a job they're happy in that
    // they mentioned only as a concern, so neither may be a concern at all.
    id: 'talking this week about other openings',
    phrases: [/\bthis week\b/i, /\bnext week or so\b/i],
    allowed: (f) =>
      f.template === 'keep-door-open' &&
      f.reason !== 'other-offer' &&
      !has(f, 'other-offer') &&
      !has(f, 'happy-current-job'),
  },
  {
    // Negotiating is offered only when everything that puts them off could change.
    id: 'nothing else about the role puts them off',
    phrases: [
      /\beverything (else )?about the role\b/i,
      /\bappeals to me\b/i,
      /\bonly (concern|thing)\b/i,
      /\blooks like a good fit\b/i,
    ],
    allowed: (f) => f.concerns.length > 0 && f.concerns.every((c) => NEGOTIABLE.includes(c)),
  },
  {
    id: 'someone they would recommend',
    phrases: [/\bput you in touch\b/i, /\brecommend\b/i, /\bintroduce you\b/i, /\brefer(ral)?\b/i],
    allowed: (f) => f.referral,
    once: true,
  },
  {
    id: 'why they need to move an interview (a conflict, something came up, illness, family, travel)',
    phrases: [
      /\bconflict/i,
      /\b(came|come) up\b/i,
      /\b(ill|illness|sick|unwell)\b/i,
      /\bfamily\b/i,
      /\btravel/i,
      /\bemergency\b/i,
      /\bunexpected/i,
      /\bappointment\b/i,
      /\bdouble[- ]booked\b/i,
    ],
    allowed: () => false,
  },
  {
    id: 'that they are still interested in the role',
    phrases: [
      /\bstill (very )?(interested|keen|excited) (in|about) (the|this) (role|job|position|opportunity)\b/i,
    ],
    allowed: (f) => !DECLINES.includes(f.template),
  },
  {
    id: 'an interview already booked',
    phrases: [
      /\bcancel/i,
      /\b(our|the) interview (on|for|scheduled for)\b/i,
      /\binterview we (set|set up|have scheduled|scheduled) for\b/i,
      /\bconfirm (our|the) interview\b/i,
    ],
    allowed: (f) => f.booked,
  },
  ...Object.entries(REASON_PHRASES).map(([concern, phrases]): Claim => ({
    id: `the reason "${concern}", stated once`,
    phrases,
    allowed: (f) =>
      f.reason === concern ||
      (NEGOTIATION.includes(f.template) && NEGOTIABLE.includes(concern) && has(f, concern)),
    once: true,
  })),
];

/**
 * What a message must name, whatever is booked: the negotiate message "names
 * what they want to discuss (pay, work setup or both)", and the messages after
 * the talks name what was agreed, or not, in general terms.
 */
export function requiredClaims(facts: ClaimFacts): readonly Claim[] {
  // The reply to a no stays open to other roles when the person would like to work there.
  if (facts.template === 'hold-decline' && facts.employerInterest === 'yes')
    return CLAIMS.filter((claim) => claim.id.startsWith('keep me in mind'));
  if (facts.referral) return CLAIMS.filter((claim) => claim.id === 'someone they would recommend');
  if (!NEGOTIATION.includes(facts.template)) return [];
  return CLAIMS.filter((claim) =>
    NEGOTIABLE.some((c) => has(facts, c) && claim.id === `the reason "${c}", stated once`),
  );
}

/**
 * What a message must say when an interview is booked (the brief, "A booked
 * interview"). The reply to a suspected scam cancels without an apology: it
 * gives a fake recruiter nothing, not even regret.
 */
export function bookedRequirement(template: string): readonly RegExp[] {
  if (template === 'reschedule') return [/\b(sorry|apologi[sz]e)\b/i, /\bmove\b/i];
  if (template === 'decline-brief') return [/\bcancel/i];
  if (DECLINES.includes(template)) return [/\bcancel/i, /\b(sorry|apologi[sz]e)\b/i];
  if (ACCEPTS.includes(template)) return [/\bconfirm/i];
  return [/\bbefore our interview\b/i];
}

/** The brief's `reply` answers, and the template each leads to after the negotiate outcome. */
export const REPLY_TEMPLATES: Readonly<Record<string, string>> = {
  enough: 'accept-after-talks',
  'not-enough': 'decline-after-talks',
};

export interface AnswerSet {
  readonly answers: BriefAnswers;
  readonly template: string;
}

/**
 * Every answer set the brief allows (the same exhaustive enumeration the
 * decision test checks the machine with), with the template the oracle gives;
 * each set that ends at `negotiate` also comes with each `reply`, and each
 * that ends at a decline closing a real opportunity with each `pushback`.
 */
export function* everyAnswerSet(): Generator<AnswerSet> {
  const subsets: string[][] = [['none']];
  for (let mask = 1; mask < 1 << CONCERNS.length; mask++) {
    subsets.push(CONCERNS.filter((_, i) => mask & (1 << i)));
  }
  for (const stage of STAGES) {
    for (const concerns of subsets) {
      for (const answers of followUps({ stage, concerns })) {
        const { template } = oracle(answers);
        yield { answers, template };
        if (asksPushback(answers))
          for (const pushback of ['asked-why', 'asked-to-reconsider'])
            yield { answers: { ...answers, pushback }, template: 'hold-decline' };
        if (template !== 'negotiate') continue;
        for (const [reply, after] of Object.entries(REPLY_TEMPLATES))
          yield { answers: { ...answers, reply }, template: after };
      }
    }
  }
}

function* followUps(a: BriefAnswers): Generator<BriefAnswers> {
  if (asksNegotiable(a) && a.negotiable === undefined) {
    for (const negotiable of ['yes', 'no', 'unsure']) yield* followUps({ ...a, negotiable });
  } else if (asksSalaryGap(a) && a['salary-gap'] === undefined) {
    for (const gap of ['reasonable', 'far', 'unsure'])
      yield* followUps({ ...a, 'salary-gap': gap });
  } else if (asksEmployerInterest(a) && a['employer-interest'] === undefined) {
    for (const interest of ['yes', 'no']) yield* followUps({ ...a, 'employer-interest': interest });
  } else {
    yield a;
  }
}
