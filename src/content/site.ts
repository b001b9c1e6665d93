/**
 * The words of the public site around the guide: the footer on every page,
 * its color theme control, the link preview, and the pages beside the guide
 * (privacy, accessibility, not found). Figures the code decides (how long a
 * record is kept, the storage keys, the contact) come in as arguments, so the
 * pages cannot drift from what the code does.
 */

/** A piece of a sentence: plain text, a storage key or other code, or a link. */
export type Inline =
  string | { readonly code: string } | { readonly text: string; readonly href: string };

/** A paragraph (its pieces in order), or a bulleted list of them. */
export type Block = readonly Inline[] | { readonly list: readonly (readonly Inline[])[] };

export interface PageSection {
  readonly heading: string;
  readonly blocks: readonly Block[];
}

/** A page beside the guide: its `h1` (also its title), a lead paragraph and its sections. */
export interface SitePage {
  readonly title: string;
  /** The page's meta description. */
  readonly description: string;
  readonly lead: readonly Inline[];
  readonly sections: readonly PageSection[];
}

/** What the privacy page states, taken from the code's own constants. */
export interface PrivacyFacts {
  /** How many days a saved record is kept after it was last written. */
  readonly days: number;
  /** The `localStorage` key of the saved answers and message. */
  readonly key: string;
  /** The `localStorage` key of the color theme preference. */
  readonly themeKey: string;
}

/** How to report an accessibility problem, set when the site is built; none when unset. */
export interface Contact {
  readonly text: string;
  readonly href: string;
}

/** The date the accessibility statement was last reviewed, ISO and as read. */
export const REVIEWED = { iso: '2026-12-03', text: 'December 3, 2026' } as const;

export const site = {
  footer: {
    /** The footer's links, visually unlabeled as GOV.UK's are. */
    linksLabel: 'About this guide',
    privacy: 'Privacy',
    accessibility: 'Accessibility statement',
    theme: {
      legend: 'Color theme',
      system: 'Match this device',
      light: 'Light',
      dark: 'Dark',
    },
  },

  /** Link previews in chats and posts: the same for every share link, never any answer or name. */
  preview: {
    title: 'Should you go to the interview?',
    description:
      'Answer a few short questions to find out whether to go, to ask about what could change first, or to decline politely, with a message ready to send.',
    imageAlt: 'Should you go to the interview? A short guide that ends with the message to send.',
  },

  /** Goes back to the guide from a page beside it. */
  backToGuide: 'Go to the guide',

  privacy: (facts: PrivacyFacts): SitePage => ({
    title: 'Privacy',
    description:
      'What the interview guide keeps in your browser, for how long, how to clear it, and what it never sends.',
    lead: [
      'Everything this guide does happens in your browser. Nothing you choose or type is sent to us or to anyone else, and there is nobody on the other end to send it to.',
    ],
    sections: [
      {
        heading: 'What is kept',
        blocks: [
          ['So you can come back to them, the guide keeps:'],
          {
            list: [
              ['your answers to its questions;'],
              ['where you got to: the page you were on, and the answer it gave you;'],
              [
                "your message: the names and details you typed into it (yours, the recipient's, the company and the job title), the format you chose and any changes you made to its text.",
              ],
            ],
          },
        ],
      },
      {
        heading: 'Where it is kept',
        blocks: [
          [
            'In this browser, on this device only, in its local storage under one key, ',
            { code: facts.key },
            '. It is not a cookie, it is not copied to any server, and another browser or device never sees it.',
          ],
          [
            "If someone else uses this browser later, the start page offers them “Continue where you left off” or “Start again”. It never shows your names until they choose to continue, so on a shared or work computer, clear your answers when you're done.",
          ],
        ],
      },
      {
        heading: 'How long it is kept',
        blocks: [
          [
            `Until ${facts.days} days after you last used the guide. Each step you take saves it again, and it is removed when the guide next opens after those ${facts.days} days.`,
          ],
        ],
      },
      {
        heading: 'How to clear it',
        blocks: [
          [
            'Use “Clear my answers from this device”, on the start page when something is kept and on every answer page. It asks first, then removes everything listed above at once.',
          ],
          [
            "Your browser's history also holds the addresses of the pages you saw. Those addresses can include your answers, never your names or your message. Clear them in your browser's history settings. Clearing this site's data in your browser's settings removes everything the guide keeps, the color theme included.",
          ],
        ],
      },
      {
        heading: 'What a share link holds',
        blocks: [
          [
            'A share link holds your answers to the questions, as short words in its address, so that whoever opens it reaches the same answer. It never holds your names, anything you typed or your message.',
          ],
        ],
      },
      {
        heading: 'What is never sent',
        blocks: [
          {
            list: [
              ['There are no cookies.'],
              ['There is no analytics, tracking or advertising of any kind.'],
              [
                'The guide makes no request to any other website: its fonts, pictures and code all come from this site.',
              ],
              [
                'Your message goes nowhere until you send it yourself: by copying it, opening it in your mail app or downloading it.',
              ],
            ],
          },
          [
            "Like any website, the host that serves the guide's files receives your browser's requests for them, with their addresses. Once the guide works offline, most of them are answered by your browser itself.",
          ],
        ],
      },
      {
        heading: 'The offline copy',
        blocks: [
          [
            "After your first visit, your browser keeps a copy of the guide's code and these pages, so it works without a connection. That copy holds no answers, names or messages. A new version of the guide replaces it, and clearing this site's data removes it.",
          ],
        ],
      },
      {
        heading: 'The color theme',
        blocks: [
          [
            'If you choose Light or Dark at the foot of any page, that choice is kept in this browser under a key of its own, ',
            { code: facts.themeKey },
            ', holding only the word “light” or “dark”, until you change it. Choosing “Match this device” removes it.',
          ],
          [
            '“Clear my answers from this device” does not clear the theme: it is a setting for the screen, not something about you or your job.',
          ],
        ],
      },
    ],
  }),

  accessibility: (contact: Contact | undefined): SitePage => ({
    title: 'Accessibility statement',
    description:
      'How accessible the interview guide is, how it is tested, what is known not to work yet, and how to report a problem.',
    lead: [
      'This statement covers the interview guide at this address and the pages beside it. We want as many people as possible to be able to use it.',
    ],
    sections: [
      {
        heading: 'Using this guide',
        blocks: [
          ['You should be able to:'],
          {
            list: [
              ['change colors, contrast levels and fonts using your browser or device settings;'],
              ['choose a light or dark theme, at the foot of any page;'],
              ['zoom in up to 400% without the text spilling off the screen;'],
              ['go through the whole guide using just a keyboard;'],
              ['use it with Windows High Contrast and other forced color modes;'],
              ['print your answer and your message.'],
            ],
          },
        ],
      },
      {
        heading: 'How accessible this guide is',
        blocks: [
          [
            'We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. As far as our own testing shows, it does. It has not been audited by an independent accessibility specialist.',
          ],
        ],
      },
      {
        heading: 'How we test it',
        blocks: [
          ['Each version is tested automatically, in real browsers, before it is published:'],
          {
            list: [
              [
                "axe, an accessibility checker, on every page of the guide (the start, every question with and without its error, every answer and message) and on these pages, in light and dark, on a phone's width and a desktop's;",
              ],
              [
                "journeys to every answer using the keyboard alone, checking that the focus moves to each new page's heading and is always clearly visible;",
              ],
              ['every page at 320 pixels wide, the same as 400% zoom, with no sideways scrolling;'],
              ['every page with the extra text spacing that WCAG asks pages to allow;'],
              ['forced colors, as Windows High Contrast uses, in light and dark;'],
              ['printing, from the light and the dark theme;'],
              [
                'the guide and these pages in Firefox and in WebKit, the engine of Safari, as well as in Chromium, the engine of Chrome and Edge;',
              ],
              ['the HTML of every page with the Nu Html Checker.'],
            ],
          },
        ],
      },
      {
        heading: 'What we know is not tested yet',
        blocks: [
          {
            list: [
              [
                'No person has yet used the guide with a screen reader (such as JAWS, NVDA, VoiceOver or TalkBack). Our tests check what the browser tells screen readers, which is not the same.',
              ],
              [
                'It has not been tried with voice control or switch access, or by people with disabilities in a usability study.',
              ],
              [
                'The map of the whole guide, on each answer page, is a drawing. Your own path through it is also given as a numbered list, and the map is not needed to use the guide.',
              ],
              [
                "The guide itself needs JavaScript. With it turned off, these pages and the start page still read well, but the questions don't run and the theme can't be changed.",
              ],
            ],
          },
        ],
      },
      {
        heading: 'Reporting a problem',
        blocks: contact
          ? [
              [
                "If you find a problem that isn't listed here, or you need the guide in another format, tell us: ",
                contact,
                '. Please say which page you were on and what happened.',
              ],
            ]
          : [
              [
                "If you find a problem that isn't listed here, tell whoever runs the site where you found this guide. This copy was published without a contact address.",
              ],
            ],
      },
      {
        heading: 'About this statement',
        blocks: [
          [
            `This statement was last reviewed on ${REVIEWED.text}. It is reviewed again whenever the guide changes how it works.`,
          ],
        ],
      },
    ],
  }),

  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address.',
    lead: ['If you typed the address, check it is correct.'],
    body: 'If you pasted the address, check you copied all of it.',
    start: 'Go to the start of the guide',
  },
} as const;
