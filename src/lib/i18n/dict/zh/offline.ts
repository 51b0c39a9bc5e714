/** Offline reading and updates (the offline page, the "updated" notice) in Chinese. */
export interface OfflineText {
  /** The offline page (src/pages/[...lang]/offline.astro). */
  title: string;
  description: string;
  heading: string;
  /** Why this page is shown: the address asked for is not stored and there is no network. */
  explain: string;
  /** Before the list of what reads offline. */
  available: string;
  /** What is not stored for offline reading. */
  notStored: string;
  home: string;
  measures: string;
  plan: string;
  search: string;
  downloads: string;
  /** The notice shown in an open tab when a newer version of the site has been installed. */
  updated: string;
  reload: string;
  dismiss: string;
}

export const offline: OfflineText = {
  title: '离线',
  description: '没有网络连接，这个页面没有保存在本机。',
  heading: '没有网络连接',
  explain: '您要打开的页面没有保存在本机，联网后即可打开。',
  available: '访问过本站一次后，以下内容离线也能阅读：',
  notStored: '分享卡片图片没有离线保存。',
  home: '首页',
  measures: '全部措施',
  plan: '全文',
  search: '检索',
  downloads: '数据下载',
  updated: '本站已更新。',
  reload: '重新载入',
  dismiss: '关闭提示',
};
