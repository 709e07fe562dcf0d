import type { Catalogue } from './translate';

/**
 * French. Keys outside `cli:` are the app's own messages, copied word for word
 * (messages.test.ts compares them with renderer/i18n/locales/fr).
 */
export const fr: Catalogue = {
  'keys:errors.empty': 'Collez d’abord une clé de licence : le champ est vide.',
  'keys:errors.truncated':
    'Cette clé de licence est incomplète : il en manque une partie. Copiez la clé entière, de « CX1. » jusqu’à son dernier caractère, puis collez-la de nouveau.',
  'keys:errors.badFormat':
    'Ceci n’est pas une clé de licence Conex. Une clé commence par « CX1. » et comporte deux autres parties séparées par des points.',
  'keys:errors.badSignature':
    'Cette clé de licence a été modifiée ou mal recopiée : sa signature ne correspond pas. Copiez-la de nouveau depuis le courriel ou votre compte Conex, sans la modifier.',
  'keys:errors.unknownKid':
    'Cette clé de licence a été signée avec une clé que cette version de l’application ne connaît pas ({{kid}}). Mettez l’application à jour ou contactez le support Conex.',
  'keys:errors.sandboxInProduction':
    'Cette clé a été signée par le bac à sable de test Conex. Une version de production de l’application n’accepte jamais les clés de test.',
  'keys:errors.notJson': 'Cette clé de licence est signée, mais son contenu est illisible. Demandez une nouvelle clé au support Conex.',
  'keys:errors.missingFields':
    'Cette clé de licence est incomplète : il lui manque {{fields}}. Demandez une nouvelle clé au support Conex.',
  'keys:errors.invalidFields':
    'Cette clé de licence contient des valeurs non valides pour {{fields}}. Demandez une nouvelle clé au support Conex.',
  'keys:errors.evaluationExpired':
    'Cette clé d’évaluation a expiré : l’évaluation a cessé de fonctionner le {{evaluationEnd}}. Achetez une licence ou demandez une nouvelle évaluation.',
  'keys:errors.otherProduct':
    'Cette clé concerne un autre produit que la licence que vous mettez à jour. Collez-la dans la licence correspondante ou ajoutez-la comme nouvelle licence.',
  'keys:errors.olderThanApplied':
    'Cette clé est plus ancienne que celle déjà appliquée à cette licence (émise le {{issued}}, l’actuelle le {{appliedIssued}}). Rien n’a été modifié.',
  'keys:fields.kid': 'Clé de signature',
  'keys:fields.sen': 'Numéro de droit au support (SEN)',
  'keys:fields.product': 'Produit',
  'keys:fields.deployment': 'Déploiement',
  'keys:fields.tier': 'Formule',
  'keys:fields.type': 'Type de licence',
  'keys:fields.entity': 'Entité',
  'keys:fields.serverId': 'ID de serveur',
  'keys:fields.licensee': 'Titulaire de la licence',
  'keys:fields.issued': 'Émise le',
  'keys:fields.maintenanceStart': 'Début de la maintenance',
  'keys:fields.maintenanceEnd': 'Fin de la maintenance',
  'keys:fields.evaluationEnd': 'Fin de l’évaluation',
  'keys:fields.majorVersion': 'Version majeure',
  'keys:types.commercial': 'Commerciale',
  'keys:types.academic': 'Académique',
  'keys:types.evaluation': 'Évaluation',
  'keys:deployments.server': 'Serveur',
  'keys:deployments.cloud': 'Cloud',
  'maintenance:status.active_one': 'Active : se termine dans {{count}} jour',
  'maintenance:status.active_other': 'Active : se termine dans {{count}} jours',
  'maintenance:status.expiring_one': 'Sous {{threshold}} jours : se termine dans {{count}} jour',
  'maintenance:status.expiring_other': 'Sous {{threshold}} jours : se termine dans {{count}} jours',
  'maintenance:status.expired-perpetual_one': 'Terminée depuis {{count}} jour, fonctionne toujours',
  'maintenance:status.expired-perpetual_other': 'Terminée depuis {{count}} jours, fonctionne toujours',
  'maintenance:status.subscription-lapsed_one': 'Abonnement terminé depuis {{count}} jour',
  'maintenance:status.subscription-lapsed_other': 'Abonnement terminé depuis {{count}} jours',
  'maintenance:status.evaluation_one': 'Évaluation : {{count}} jour restant',
  'maintenance:status.evaluation_other': 'Évaluation : {{count}} jours restants',
  'maintenance:status.evaluation-expired': 'Évaluation terminée',
  'maintenance:ics.calendarName': 'Maintenance Conex',
  'maintenance:ics.maintenanceSummary': 'Fin de maintenance : {{sen}} ({{entity}})',
  'maintenance:ics.maintenanceDescription':
    '{{product}}, {{licensee}}. Renouvelez avant cette date pour garder le support et les mises à jour.',
  'maintenance:ics.evaluationSummary': "Fin d'évaluation : {{sen}} ({{entity}})",
  'maintenance:ics.evaluationDescription': 'Achetez une licence avant cette date pour continuer à travailler.',
  'maintenance:ics.alarm_one': '{{summary}} : dans {{count}} jour',
  'maintenance:ics.alarm_other': '{{summary}} : dans {{count}} jours',
  'maintenance:eol.notRecorded': 'Non renseignée (droit : version {{major}})',
  'maintenance:eol.supported': "Version {{major}}, prise en charge jusqu'au {{date}}",
  'maintenance:eol.ending_one':
    'Version {{major}} : fin de prise en charge le {{date}}, dans {{count}} jour. Versions prises en charge : {{supported}}.',
  'maintenance:eol.ending_other':
    'Version {{major}} : fin de prise en charge le {{date}}, dans {{count}} jours. Versions prises en charge : {{supported}}.',
  'maintenance:eol.ended': 'Version {{major}} : prise en charge terminée le {{date}}. Versions prises en charge : {{supported}}.',
  'maintenance:eol.unknown': "La version {{major}} n'est pas une version connue.",
  'backups:errors.truncated': 'le fichier est incomplet (il a sans doute été tronqué pendant une copie ou un téléchargement).',
  'backups:errors.notBackup': "ce n'est pas un fichier de sauvegarde de Conex License Manager.",
  'backups:errors.newerVersion':
    "le fichier a été fait par une version plus récente de l'application (format de sauvegarde {{version}} ; cette version lit jusqu'au {{supported}}). Mettez l'application à jour, puis restaurez.",
  'backups:errors.damaged': 'le fichier est endommagé ({{path}}).',
  'backups:errors.checksumMismatch':
    "son contenu ne correspond pas à sa somme de contrôle : le fichier est endommagé (il a changé après son écriture). Une somme de contrôle correcte montrerait seulement que le fichier est intact, pas qui l'a fait.",
  'backups:errors.recordInvalid': "l'enregistrement {{record}} de {{table}} n'est pas valide ({{path}}).",
  'backups:errors.restoreConflict':
    "deux enregistrements de la sauvegarde, ou un enregistrement de la sauvegarde et un déjà présent, ont le même SEN ou le même nom d'entité.",
  'backups:errors.unreadable': "le fichier n'a pas pu être lu.",
  'backups:errors.unknownTable':
    "il contient des données que cette version de l'application ne connaît pas (« {{table}} »). S'il a été fait par une version plus récente, mettez l'application à jour, puis restaurez.",
  'backups:errors.tooLarge': "le fichier dépasse la taille d'une sauvegarde ({{limit}} Mo au plus).",
  'backups:errors.recordTooLarge': "l'enregistrement {{record}} de {{table}} dépasse la taille d'un enregistrement ({{limit}} Mo au plus).",
  'backups:errors.tooDeep': "ses données sont imbriquées plus profondément que celles d'une sauvegarde ({{limit}} niveaux au plus).",
  'backups:errors.forbiddenKey': "il contient un champ nommé « {{key}} », qu'aucun enregistrement de cette application ne porte.",
  'keys:request.errors.notRequest': 'Ceci n’est pas un fichier de demande de clé Conex.',
  'keys:request.errors.serverId':
    'L’ID de serveur est mal formé : utilisez l’ID qu’affiche Conex Server, fait de lettres, chiffres, points, tirets, soulignés ou deux-points (100 au plus), par exemple BX7Q-2M4K-9PLD-T3RW.',
  'keys:request.errors.sen': 'Le SEN est mal formé : c’est SEN- suivi de 8 chiffres, par exemple SEN-12345678.',
  'keys:request.errors.entity': 'Le nom de l’entité doit compter de 1 à 200 caractères.',
  'maintenance:table.status': 'État',
  'cli:usage.main':
    'Usage : conex <commande> [options]\n\nCommandes :\n  key verify [FICHIER|-]  vérifie hors ligne une clé de licence (ou chaque clé d’un fichier de clés)\n  status FICHIER...       liste les licences de fichiers de clés ou d’une sauvegarde .conexbackup avec leur état de maintenance\n  check FICHIER...        une ligne et un code de sortie pour la supervision (Nagios, Icinga), ou des métriques Prometheus\n  ics FICHIER...          écrit les fins de maintenance et d’évaluation dans un calendrier (.ics)\n  key request --server-id ID [--sen SEN] [--entity NOM]   écrit une demande de clé à porter sur un ordinateur connecté\n\nOptions de toutes les commandes :\n  --json          sortie lisible par une machine\n  --lang fr|en|ar langue (par défaut : selon LC_ALL, LC_MESSAGES ou LANG)\n  --help          cette aide, ou celle d’une commande : conex check --help\n  --version       la version\n\nExemples :\n  conex key verify licence.conexkeys\n  xclip -o | conex key verify -\n  conex status /etc/conex/*.conexkeys\n  conex check --warn 60 --crit 14 /etc/conex/licences.conexkeys\n  conex ics licences.conexkeys > renouvellements.ics\n  conex key request --server-id BX7Q-2M4K-9PLD-T3RW --sen SEN-12345678',
  'cli:usage.verify':
    'Usage : conex key verify [FICHIER|-] [--json]\n\nLit une clé de licence dans FICHIER, ou sur l’entrée standard si FICHIER est - ou absent : collée, coupée, entre guillemets ou encadrée, comme l’application l’accepte. Un fichier de clés (.conexkeys) peut en contenir plusieurs : chacune est vérifiée séparément, hors ligne, avec les clés Conex de confiance.\n\nCode de sortie : 0 toutes les clés sont authentiques, 2 une clé est refusée ou le fichier est illisible.\n\nExemples :\n  conex key verify licence.conexkeys\n  conex key verify - < cle.txt',
  'cli:usage.status':
    'Usage : conex status FICHIER... [--json]\n\nListe les licences de fichiers de clés (.conexkeys) ou de sauvegardes (.conexbackup) : SEN, entité, produit, formule, type, ID de serveur, fin de maintenance, jours restants et état, comme l’application les affiche. Seules les clés authentiques sont listées ; chaque clé refusée a sa ligne sur la sortie d’erreur.\n\nCode de sortie : 0 tout est lu, 2 une clé est refusée ou un fichier est illisible.\n\nExemple :\n  conex status /etc/conex/licences.conexkeys',
  'cli:usage.check':
    'Usage : conex check FICHIER... [--warn JOURS] [--crit JOURS] [--format nagios|prometheus] [--json]\n\nUne ligne pour la supervision, nommant la licence qui se termine la première, avec des données de performance. Code de sortie des greffons de supervision : 0 OK, 1 WARNING (fin sous --warn jours, 60 par défaut), 2 CRITICAL (fin sous --crit jours, 14 par défaut, ou terminée), 3 UNKNOWN (un fichier ou une clé illisible).\n--format prometheus écrit à la place une métrique par licence pour le collecteur textfile du node exporter.\n\nExemples :\n  conex check --warn 60 --crit 14 /etc/conex/licences.conexkeys\n  conex check --format prometheus /etc/conex/*.conexkeys > /var/lib/node_exporter/conex.prom',
  'cli:usage.ics':
    'Usage : conex ics FICHIER... [> renouvellements.ics]\n\nÉcrit sur la sortie standard l’export calendrier de l’application : un événement d’une journée par fin de maintenance ou d’évaluation à venir, avec des rappels 90, 60, 30 et 7 jours avant.\n\nExemple :\n  conex ics licences.conexkeys > renouvellements.ics',
  'cli:usage.request':
    'Usage : conex key request --server-id ID [--sen SEN] [--entity NOM] [--output FICHIER|-]\n\nÉcrit une demande de clé pour ce serveur (FICHIER, par défaut conex-request-<ID de serveur>.conexrequest dans le dossier courant). Portez-la sur un ordinateur où Conex License Manager est installé et ouvrez-la : l’application montre ce qui est demandé et remplit un devis, ou exporte le fichier de clés de ce serveur une fois sa clé émise. Donnez --sen pour renouveler une licence existante ; omettez-le pour une nouvelle.\n\nExemple :\n  conex key request --server-id BX7Q-2M4K-9PLD-T3RW --sen SEN-12345678 --entity "Bibliothèque centrale"',
  'cli:args.unknownCommand': 'Commande inconnue « {{command}} ». Lancez « conex --help » pour voir les commandes.',
  'cli:args.unknownOption': 'Option inconnue {{option}}. Lancez « conex {{command}} --help ».',
  'cli:args.missingValue': 'L’option {{option}} attend une valeur.',
  'cli:args.days': '{{option}} attend un nombre entier de jours, pas « {{value}} ».',
  'cli:args.warnBelowCrit': '--warn ({{warn}}) doit être au moins égal à --crit ({{crit}}).',
  'cli:args.format': '--format attend nagios ou prometheus, pas « {{value}} ».',
  'cli:args.lang': '--lang attend fr, en ou ar, pas « {{value}} ».',
  'cli:args.noFiles': 'Nommez au moins un fichier. Lancez « conex {{command}} --help ».',
  'cli:args.tooMany': 'Nommez un seul fichier, ou - pour l’entrée standard.',
  'cli:args.serverIdMissing': 'Donnez l’ID de serveur : --server-id ID (Conex Server l’affiche sur sa page de licence).',
  'cli:files.notFound': '{{file}} : fichier introuvable.',
  'cli:files.denied': '{{file}} : permission refusée.',
  'cli:files.directory': '{{file}} : c’est un dossier, pas un fichier.',
  'cli:files.unreadable': '{{file}} : illisible ({{reason}}).',
  'cli:files.tooLarge': '{{file}} : plus de {{limit}} Mo, bien plus qu’un fichier de clés ; rien n’a été lu.',
  'cli:files.notText': '{{file}} : pas un fichier texte ; un fichier de clés contient des clés de licence encadrées.',
  'cli:files.noKeys': '{{file}} : ne contient aucune clé de licence.',
  'cli:files.backup': '{{file}} : pas une sauvegarde Conex lisible : {{reason}}',
  'cli:files.exists': '{{file}} existe déjà ; choisissez un autre nom avec --output.',
  'cli:files.stdin': 'entrée standard',
  'cli:key.where': '{{file}}, clé {{index}} (ligne {{line}})',
  /** Between where a key is and its verdict (French puts a space before a colon). */
  'cli:key.whereSeparator': ' : ',
  'cli:key.refused': '{{where}} : refusée. {{message}}',
  'cli:key.genuine': 'Clé authentique',
  'cli:key.sandbox': 'Clé de test du bac à sable Conex',
  'cli:key.summary': '{{good}} clés authentiques sur {{total}}.',
  'cli:status.daysLeft': 'Jours restants',
  'cli:status.version': 'Version',
  'cli:status.none': 'Aucune licence à afficher.',
  'cli:status.summary_one': '{{count}} licence.',
  'cli:status.summary_other': '{{count}} licences.',
  'cli:check.first_one': '{{count}} licence, la première à se terminer : {{sen}} ({{entity}}) le {{date}}, {{status}}',
  'cli:check.first_other': '{{count}} licences, la première à se terminer : {{sen}} ({{entity}}) le {{date}}, {{status}}',
  'cli:check.none': 'aucune licence dans les fichiers donnés',
  'cli:check.unreadable_one': '{{count}} problème : {{first}}',
  'cli:check.unreadable_other': '{{count}} problèmes, le premier : {{first}}',
  'cli:request.written':
    'Demande de clé écrite dans {{file}}. Portez-la sur un ordinateur où Conex License Manager est installé et ouvrez-la.',
  'cli:unexpected': 'conex s’est arrêté sur une erreur inattendue : {{message}}. Merci de la signaler au support Conex.',
};
