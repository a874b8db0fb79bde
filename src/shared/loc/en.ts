import type { ICommonStrings } from './ICommonStrings';

export const en: ICommonStrings = {
  locale: 'en',
  common: {
    loading: 'Loading …',
    retry: 'Try again',
    errorHeading: 'Something went wrong',
    errors: {
      throttled: 'SharePoint is busy right now and asked us to wait. Try again in a moment.',
      forbidden: 'You do not have access to the list. Contact the intranet editors if you think you should.',
      unauthorized: 'You are not signed in. Reload the page and sign in again.',
      notFound: 'The list does not exist on this site. Ask an administrator to add the Medarbejdernyt app to the site.',
      conflict: 'Someone else changed the item in the meantime. Load the latest version and try again.',
      invalid: 'SharePoint rejected the request. Contact the intranet editors and say what you were doing.',
      tooLarge: 'The file or text is too large. Make it smaller and try again.',
      network: 'There is no connection to SharePoint. Check your network connection and try again.',
      server: 'SharePoint answered with an error. Try again shortly; if it persists, contact IT support.',
      declined: 'The employee has said no in My choices to what was to be shown here, so nothing was saved or published. Talk to the employee before you try again.',
    },
  },
  propertyPane: {
    description: 'Web part settings',
    settingsGroup: 'Display',
    titleLabel: 'Heading',
    maxItemsLabel: 'Maximum number of items',
    areaLabel: 'Area (empty for the whole municipality)',
    allOption: 'All',
    dataSiteGroup: 'Data source',
    dataSiteLabel: 'Site with the lists',
    dataSiteHint: 'Empty: this site. In a Teams tab or on another site: the intranet\'s address, e.g. https://norddjurs.sharepoint.com/sites/intranet.',
    dataSiteInvalid: 'Write the full address of a SharePoint site starting with https://, e.g. https://norddjurs.sharepoint.com/sites/intranet.',
  },
  access: {
    checking: 'Checking what you have access to …',
    submitRefused: 'HR submits name news. If you have news about a colleague – an anniversary, a new colleague or a farewell – let HR know.',
    approveRefused: 'Communications approves name news before it is shown on the front page. If you have a question about name news, contact communications.',
    writeTo: 'Write to {0}.',
    contactLink: 'How to contact them',
    noContact: 'Ask your manager if you do not know whom to contact.',
    hrContactLabel: 'HR\'s contact (e-mail or a link to a page)',
    commsContactLabel: 'Communications\' contact (e-mail or a link to a page)',
  },
};
