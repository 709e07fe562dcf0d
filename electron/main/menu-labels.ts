/** Labels of the native menu and dialogs main shows, in the app's three languages. */
export interface MenuLabels {
  file: string;
  newQuote: string;
  backUpNow: string;
  syncNow: string;
  settings: string;
  quit: string;
  edit: string;
  view: string;
  go: string;
  /** The Go menu's pages, in CmdOrCtrl+1..7 order. */
  pages: { licenses: string; entities: string; quotes: string; maintenance: string; backups: string; settings: string; budget: string };
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  window: string;
  minimize: string;
  close: string;
  help: string;
  about: string;
  checkForUpdates: string;
  openLogsFolder: string;
  installCommandLine: string;
  /** `{path}` is where the launcher went. */
  commandLineInstalled: string;
  commandLineNotOnPath: string;
  commandLineMissing: string;
  commandLineFailed: string;
  reload: string;
  toggleDevTools: string;
  saveBackupTitle: string;
  openFileTitle: string;
  chooseBackupFolderTitle: string;
  chooseBackupFolderButton: string;
}

const en: MenuLabels = {
  file: '&File',
  newQuote: 'New Quote',
  backUpNow: 'Back Up Now',
  syncNow: 'Sync Now',
  settings: 'Settings…',
  quit: 'Quit',
  edit: '&Edit',
  view: '&View',
  go: '&Go',
  pages: {
    licenses: 'Licenses',
    entities: 'Entities',
    quotes: 'Quotes',
    maintenance: 'Maintenance',
    backups: 'Backups',
    settings: 'Settings',
    budget: 'Budget',
  },
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  actualSize: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Toggle Full Screen',
  window: '&Window',
  minimize: 'Minimize',
  close: 'Close Window',
  help: '&Help',
  about: 'About Conex License Manager',
  checkForUpdates: 'Check for Updates…',
  openLogsFolder: 'Open Logs Folder',
  installCommandLine: 'Install Command Line',
  commandLineInstalled: 'The conex command is installed at {path}. It needs Node.js 20 or later. Try: conex --help',
  commandLineNotOnPath: 'Its folder is not on your PATH yet: add {folder} to it, or run the command by its full path.',
  commandLineMissing: 'This copy of the app has no command line to install. Download the installer again from Conex.',
  commandLineFailed: 'The conex command could not be installed at {path} ({reason}).',
  reload: 'Reload',
  toggleDevTools: 'Toggle Developer Tools',
  saveBackupTitle: 'Save',
  openFileTitle: 'Open',
  chooseBackupFolderTitle: 'Choose a folder for automatic backups',
  chooseBackupFolderButton: 'Use This Folder',
};

const fr: MenuLabels = {
  file: '&Fichier',
  newQuote: 'Nouveau devis',
  backUpNow: 'Sauvegarder maintenant',
  syncNow: 'Synchroniser maintenant',
  settings: 'Paramètres…',
  quit: 'Quitter',
  edit: '&Édition',
  view: '&Affichage',
  go: 'A&ller',
  pages: {
    licenses: 'Licences',
    entities: 'Entités',
    quotes: 'Devis',
    maintenance: 'Maintenance',
    backups: 'Sauvegardes',
    settings: 'Paramètres',
    budget: 'Budget',
  },
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  selectAll: 'Tout sélectionner',
  actualSize: 'Taille réelle',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fullScreen: 'Plein écran',
  window: 'Fe&nêtre',
  minimize: 'Réduire',
  close: 'Fermer la fenêtre',
  help: '&Aide',
  about: 'À propos de Conex License Manager',
  checkForUpdates: 'Rechercher des mises à jour…',
  openLogsFolder: 'Ouvrir le dossier des journaux',
  installCommandLine: 'Installer la ligne de commande',
  commandLineInstalled: 'La commande conex est installée dans {path}. Elle demande Node.js 20 ou plus récent. Essayez : conex --help',
  commandLineNotOnPath: 'Son dossier n’est pas encore dans votre PATH : ajoutez-y {folder}, ou lancez la commande par son chemin complet.',
  commandLineMissing:
    'Cette copie de l’application ne contient pas de ligne de commande à installer. Téléchargez de nouveau l’installeur depuis Conex.',
  commandLineFailed: 'La commande conex n’a pas pu être installée dans {path} ({reason}).',
  reload: 'Recharger',
  toggleDevTools: 'Outils de développement',
  saveBackupTitle: 'Enregistrer',
  openFileTitle: 'Ouvrir',
  chooseBackupFolderTitle: 'Choisir un dossier pour les sauvegardes automatiques',
  chooseBackupFolderButton: 'Utiliser ce dossier',
};

// No & mnemonics in Arabic: an Arabic letter after & is reachable only from an Arabic keyboard layout, and a Latin
// one would be underlined under no letter of the label; Alt then opens the menu bar and the arrows move in it.
const ar: MenuLabels = {
  file: 'ملف',
  newQuote: 'عرض سعر جديد',
  backUpNow: 'نسخ احتياطي الآن',
  syncNow: 'المزامنة الآن',
  settings: 'الإعدادات…',
  quit: 'إنهاء',
  edit: 'تحرير',
  view: 'عرض',
  go: 'انتقال',
  pages: {
    licenses: 'التراخيص',
    entities: 'الكيانات',
    quotes: 'عروض الأسعار',
    maintenance: 'الصيانة',
    backups: 'النسخ الاحتياطية',
    settings: 'الإعدادات',
    budget: 'الميزانية',
  },
  undo: 'تراجع',
  redo: 'إعادة',
  cut: 'قص',
  copy: 'نسخ',
  paste: 'لصق',
  selectAll: 'تحديد الكل',
  actualSize: 'الحجم الفعلي',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fullScreen: 'ملء الشاشة',
  window: 'نافذة',
  minimize: 'تصغير النافذة',
  close: 'إغلاق النافذة',
  help: 'مساعدة',
  about: 'حول Conex License Manager',
  checkForUpdates: 'البحث عن تحديثات…',
  openLogsFolder: 'فتح مجلد السجلات',
  installCommandLine: 'تثبيت سطر الأوامر',
  commandLineInstalled: 'ثُبّت الأمر conex في {path}. يحتاج إلى Node.js 20 أو أحدث. جرّب: conex --help',
  commandLineNotOnPath: 'مجلده ليس في PATH بعد: أضف إليه {folder}، أو شغّل الأمر بمساره الكامل.',
  commandLineMissing: 'لا تحتوي هذه النسخة من التطبيق على سطر أوامر لتثبيته. نزّل المثبّت من جديد من Conex.',
  commandLineFailed: 'تعذّر تثبيت الأمر conex في {path} ({reason}).',
  reload: 'إعادة التحميل',
  toggleDevTools: 'أدوات المطوّرين',
  saveBackupTitle: 'حفظ',
  openFileTitle: 'فتح',
  chooseBackupFolderTitle: 'اختر مجلدًا للنسخ الاحتياطية التلقائية',
  chooseBackupFolderButton: 'استخدام هذا المجلد',
};

/** The languages main has labels for: the app's, as the renderer names them. */
export type MenuLanguage = 'en' | 'fr' | 'ar';

const BY_LANGUAGE: Record<MenuLanguage, MenuLabels> = { en, fr, ar };

/** French for any French locale (fr, fr-FR, fr-DZ, ...), Arabic for any Arabic one (ar, ar-DZ, ...), English otherwise. */
export function menuLabels(locale: string): MenuLabels {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return language === 'fr' || language === 'ar' ? BY_LANGUAGE[language] : en;
}

/** Every dictionary, for the test that keeps them in step. */
export const MENU_LABELS = BY_LANGUAGE;
