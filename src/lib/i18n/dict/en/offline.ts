/** Offline reading and updates in English; same keys as ../zh/offline.ts. */
import type { OfflineText } from '../zh/offline';

export const offline: OfflineText = {
  title: 'Offline',
  description: 'There is no network connection, and this page is not stored on this device.',
  heading: 'No network connection',
  explain: 'The page you asked for is not stored on this device. It opens once you are back online.',
  available: 'After one visit to this site, these read offline:',
  notStored: 'Share card images are not stored for offline reading.',
  home: 'Home',
  measures: 'All measures',
  plan: 'Full text',
  search: 'Search',
  downloads: 'Data downloads',
  updated: 'This site has been updated.',
  reload: 'Reload',
  dismiss: 'Dismiss',
};
