import type { TemplateContent } from '../types';
import { BOOKED, OUTREACH, APPLIED, INTERVIEWING } from './shared';

export const acceptInterview = {
  name: 'Accept the interview',
  email: {
    subject: {
      variants: [
        { when: BOOKED, text: 'Confirming our interview for {interviewDate}' },
        { when: INTERVIEWING, text: 'Next round for the {jobTitle} role' },
        { text: 'Interview for the {jobTitle} role' },
      ],
    },
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        {
          variants: [
            {
              when: OUTREACH,
              text: 'Thanks for reaching out about the {jobTitle} role at {company}.',
            },
            {
              when: APPLIED,
              text: 'Thank you for the invitation to interview for the {jobTitle} role at {company}.',
            },
            {
              text: 'Thank you for inviting me to the next round for the {jobTitle} role at {company}.',
            },
          ],
        },
        {
          variants: [
            { when: BOOKED, text: "I'm glad to confirm our interview for {interviewDate}." },
            {
              when: INTERVIEWING,
              text: "I've enjoyed our conversations so far, and I'd be glad to take the next step.",
            },
            { when: OUTREACH, text: "I'd be glad to set up an interview." },
            { text: "I'm happy to accept." },
          ],
        },
      ],
      [
        {
          variants: [
            {
              when: BOOKED,
              text: "Could you let me know who I'll be speaking with, and whether there's anything I should prepare?",
            },
            {
              text: 'Could you send me a few times that work for you, and let me know the format and anything I should prepare?',
            },
          ],
        },
      ],
      [
        {
          variants: [
            { when: BOOKED, text: 'Thanks again, and I look forward to it.' },
            { text: 'I look forward to talking with you.' },
          ],
        },
      ],
    ],
    signOff: 'Best regards,',
  },
  call: {
    points: [
      [
        {
          variants: [
            { when: OUTREACH, text: 'Thanks for reaching out about the {jobTitle} role.' },
            {
              when: APPLIED,
              text: 'Thanks for inviting me to interview for the {jobTitle} role.',
            },
            { text: 'Thanks for inviting me to the next round for the {jobTitle} role.' },
          ],
        },
      ],
      [
        {
          variants: [
            { when: BOOKED, text: "I'm calling to confirm our interview for {interviewDate}." },
            { when: INTERVIEWING, text: "I'd be glad to go ahead." },
            { when: OUTREACH, text: "I'd be glad to set up an interview." },
            { text: "I'm happy to accept." },
          ],
        },
      ],
      [
        {
          variants: [
            { when: BOOKED, text: "Who will I be speaking with, and what's the format?" },
            { text: "Which dates and times work for you, and what's the format?" },
          ],
        },
      ],
      ['Is there anything I should prepare?'],
      [
        {
          variants: [
            { when: BOOKED, text: "Thanks, I'm looking forward to it." },
            { when: INTERVIEWING, text: 'Thanks, and I look forward to meeting the team.' },
            { text: 'Thanks, I look forward to it.' },
          ],
        },
      ],
    ],
  },
  message: {
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        {
          variants: [
            {
              when: OUTREACH,
              text: 'Thanks for reaching out about the {jobTitle} role at {company}.',
            },
            {
              when: APPLIED,
              text: 'Thanks for the invitation to interview for the {jobTitle} role at {company}.',
            },
            {
              text: 'Thanks for inviting me to the next round for the {jobTitle} role at {company}.',
            },
          ],
        },
        {
          variants: [
            {
              when: BOOKED,
              text: "I'm glad to confirm our interview for {interviewDate}. Is there anything I should prepare?",
            },
            { when: INTERVIEWING, text: "I'd be glad to go ahead. Which times work for you?" },
            {
              when: OUTREACH,
              text: "I'd be glad to set up an interview. Which times work for you?",
            },
            { text: "I'm happy to accept. Which times work for you?" },
          ],
        },
      ],
    ],
    signOff: 'Thanks,',
  },
} as const satisfies TemplateContent;
