import type { ICommonStrings } from './ICommonStrings';

export const da: ICommonStrings = {
  locale: 'da',
  common: {
    loading: 'Henter …',
    retry: 'Prøv igen',
    errorHeading: 'Noget gik galt',
    errors: {
      throttled: 'SharePoint har travlt lige nu og bad os vente. Prøv igen om et øjeblik.',
      forbidden: 'Du har ikke adgang til listen. Kontakt intranettets redaktion, hvis du mener, du skal have adgang.',
      unauthorized: 'Du er ikke logget ind. Genindlæs siden og log ind igen.',
      notFound: 'Listen findes ikke på dette websted. Bed en administrator om at tilføje appen Medarbejdernyt til webstedet.',
      conflict: 'En anden har ændret elementet i mellemtiden. Hent den nyeste udgave og prøv igen.',
      invalid: 'SharePoint afviste forespørgslen. Kontakt intranettets redaktion og oplys, hvad du var i gang med.',
      tooLarge: 'Filen eller teksten er for stor. Gør den mindre og prøv igen.',
      network: 'Der er ingen forbindelse til SharePoint. Tjek din netværksforbindelse og prøv igen.',
      server: 'SharePoint svarede med en fejl. Prøv igen om lidt; fortsætter fejlen, så kontakt IT-support.',
      declined: 'Medarbejderen har i Mine valg sagt nej til det, der skulle vises her, så intet er gemt eller offentliggjort. Tal med medarbejderen, før du prøver igen.',
    },
  },
  propertyPane: {
    description: 'Indstillinger for webdelen',
    settingsGroup: 'Visning',
    titleLabel: 'Overskrift',
    maxItemsLabel: 'Højst antal elementer',
    areaLabel: 'Område (tom for hele kommunen)',
    allOption: 'Alle',
    dataSiteGroup: 'Datakilde',
    dataSiteLabel: 'Websted med listerne',
    dataSiteHint: 'Tom: dette websted. I en Teams-fane eller på et andet websted: intranettets adresse, fx https://norddjurs.sharepoint.com/sites/intranet.',
    dataSiteInvalid: 'Skriv den fulde adresse på et SharePoint-websted, der begynder med https://, fx https://norddjurs.sharepoint.com/sites/intranet.',
  },
  access: {
    checking: 'Tjekker, hvad du har adgang til …',
    submitRefused: 'Det er HR, der indsender navnenyt. Har du et navnenyt om en kollega – fx et jubilæum, en ny kollega eller en afsked – så giv HR besked.',
    approveRefused: 'Det er kommunikation, der godkender navnenyt, før de vises på forsiden. Har du spørgsmål til et navnenyt, så kontakt kommunikation.',
    writeTo: 'Skriv til {0}.',
    contactLink: 'Sådan kontakter du dem',
    noContact: 'Spørg din leder, hvis du ikke ved, hvem du skal kontakte.',
    hrContactLabel: 'Kontakt til HR (e-mail eller link til en side)',
    commsContactLabel: 'Kontakt til kommunikation (e-mail eller link til en side)',
  },
};
