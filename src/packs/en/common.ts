import type { CommonStrings } from '../../shared/i18n.js';

export const common: CommonStrings = {
  status: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    delayed: 'Delayed',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  ogpValue: {
    transparency: 'Transparency',
    'civic-participation': 'Civic participation',
    'public-accountability': 'Public accountability',
    'technology-innovation': 'Technology and innovation',
  },
  loading: 'Loading the plan…',
  retry: 'Try again',
  sampleNotice: 'Sample data',
  overdue: 'Overdue',
  errorTitle: 'We could not show the plan.',
  errors: {
    noSource: 'No plan source was given. The src attribute is missing.',
    network:
      'We could not read the plan’s data: its server did not answer or does not allow this page to read it. Please try again later.',
    offline: 'Your device is offline. When the connection is back, press “Try again”.',
    http: (status) => `The plan’s server answered with an error (code ${status}).`,
    notFound: 'We could not find the plan file at that address (error 404).',
    notJson: 'The plan file is not in a format we can read (it is not JSON).',
    invalid: 'The plan file has errors.',
    unsupportedVersion: (version) =>
      `The plan file uses version ${version} of the format, which this version of the widgets cannot read.`,
    timeout: 'The plan’s server took too long to answer.',
    firstProblems: 'First problems:',
    moreProblems: (count) => `and ${count} more.`,
  },
  opensInNewTab: '(opens in a new tab)',
  updatedOn: (date) => `Updated on ${date}`,
  label: (text) => `${text}:`,
  milestones: {
    due: 'Due:',
    completedOn: 'Completed on',
    evidence: 'Evidence:',
    untitledEvidence: (position) => `Evidence ${position}`,
    noMilestones: 'This commitment has no milestones yet.',
  },
  pagination: {
    previous: 'Previous',
    next: 'Next',
    page: (number) => `Page ${number}`,
    range: (first, last, total) => `Showing ${first} to ${last} of ${total}.`,
  },
  commentOn: 'Comment on this commitment',
  stored: {
    checking: (date) => `This is the data saved on this device on ${date}. Looking for new data…`,
    failed: (date) => `We could not update the data. Showing the data saved on this device on ${date}.`,
    current: 'The data is up to date.',
  },
};
