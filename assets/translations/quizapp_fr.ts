<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AccentPalette</name>
    <message>
      <location filename="../../quizapp/gui/quiz/accent_keys.py" line="141" />
      <source>Insert %1 with its no-break space</source>
      <translation>Insérer %1 avec son espace insécable</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/accent_keys.py" line="144" />
      <source>Insert %1 (with Shift held: %2)</source>
      <translation>Insérer %1 (avec Maj enfoncée : %2)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/accent_keys.py" line="148" />
      <source>Insert %1</source>
      <translation>Insérer %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/accent_keys.py" line="149" />
      <source>Accented letters</source>
      <translation>Lettres accentuées</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/accent_keys.py" line="151" />
      <source>Left and right arrows choose, Enter inserts; Shift for capitals</source>
      <translation>Les flèches gauche et droite choisissent, Entrée insère ; Maj pour les majuscules</translation>
    </message>
  </context>
  <context>
    <name>AddArticlesCard</name>
    <message>
      <location filename="../../quizapp/gui/library/add_articles.py" line="101" />
      <source>Add your own articles</source>
      <translation>Ajoutez vos propres articles</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/add_articles.py" line="104" />
      <source>Paste any French text to read it here, every word a click away. Teachers: put question files (.yaml) in My articles.</source>
      <translation>Collez n’importe quel texte en français pour le lire ici, chaque mot à portée de clic. Enseignants : déposez vos fichiers de questions (.yaml) dans Mes articles.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/add_articles.py" line="110" />
      <source>Question files (.yaml) put in My articles appear here at the next start.</source>
      <translation>Les fichiers de questions (.yaml) déposés dans Mes articles apparaissent ici au prochain démarrage.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/add_articles.py" line="112" />
      <source>Paste a text…</source>
      <translation>Coller un texte…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/add_articles.py" line="113" />
      <source>Read a French text of your own</source>
      <translation>Lire un texte en français de votre choix</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/add_articles.py" line="108" />
      <source>Open My articles</source>
      <translation>Ouvrir Mes articles</translation>
    </message>
  </context>
  <context>
    <name>AnswerStreak</name>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_streak.py" line="82" />
      <source>%1 in a row</source>
      <translation>%1 d’affilée</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_streak.py" line="83" />
      <source>Right at the first try: %1 in a row</source>
      <translation>Juste du premier coup : %1 d’affilée</translation>
    </message>
  </context>
  <context>
    <name>AnswerWidget</name>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_base.py" line="82" />
      <source>right</source>
      <translation>juste</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_base.py" line="84" />
      <source>wrong</source>
      <translation>incorrect</translation>
    </message>
  </context>
  <context>
    <name>ArticleMeta</name>
    <message>
      <location filename="../../quizapp/gui/reading/article_meta.py" line="41" />
      <source>≈ %1 min read</source>
      <translation>≈ %1 min de lecture</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/article_meta.py" line="48" />
      <source>click any word for its meaning; sentences stay in French</source>
      <translation>cliquez sur un mot pour son sens ; les phrases restent en français</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/article_meta.py" line="73" />
      <source>Your text</source>
      <translation>Votre texte</translation>
    </message>
  </context>
  <context>
    <name>ArticleTableModel</name>
    <message>
      <location filename="../../quizapp/gui/library/model.py" line="114" />
      <source>bundled</source>
      <translation>fourni</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/model.py" line="116" />
      <source>My articles</source>
      <translation>Mes articles</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/model.py" line="194" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/model.py" line="195" />
      <source>English title</source>
      <translation>Titre anglais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/model.py" line="196" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/model.py" line="197" />
      <source>Questions</source>
      <translation>Questions</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/model.py" line="200" />
      <source>Origin</source>
      <translation>Origine</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/model.py" line="201" />
      <source>New words</source>
      <translation>Mots nouveaux</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/model.py" line="198" />
      <source>Your progress</source>
      <translation>Votre progression</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/model.py" line="199" />
      <source>Last read</source>
      <translation>Dernière lecture</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/model.py" line="280" />
      <source>Your text</source>
      <translation>Votre texte</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/model.py" line="282" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/model.py" line="297" />
      <source>In progress · resume</source>
      <translation>En cours · à reprendre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/model.py" line="299" />
      <source>Done · best %1</source>
      <translation>Terminé · meilleur score %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/model.py" line="300" />
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
  </context>
  <context>
    <name>BackLink</name>
    <message>
      <location filename="../../quizapp/gui/window/back_link.py" line="29" />
      <source>Back to the library</source>
      <translation>Retour à la bibliothèque</translation>
    </message>
  </context>
  <context>
    <name>Banner</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/banner.py" line="61" />
      <source>The file has %n error(s) since your last change; you are still reading the last version that loaded.</source>
      <translation>
        <numerusform>Le fichier contient %n erreur depuis votre dernière modification ; vous lisez toujours la dernière version chargée.</numerusform>
        <numerusform>Le fichier contient %n erreurs depuis votre dernière modification ; vous lisez toujours la dernière version chargée.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/banner.py" line="67" />
      <location filename="../../quizapp/gui/reading/banner.py" line="68" />
      <source>Show problems</source>
      <translation>Voir les problèmes</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/banner.py" line="69" />
      <source>Open the list of problems in this file</source>
      <translation>Ouvrir la liste des problèmes de ce fichier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/banner.py" line="70" />
      <location filename="../../quizapp/gui/reading/banner.py" line="71" />
      <source>Hide this message</source>
      <translation>Masquer ce message</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/banner.py" line="72" />
      <source>The problems stay in the Problems panel</source>
      <translation>Les problèmes restent dans le panneau Problèmes</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/banner.py" line="73" />
      <source>File problems</source>
      <translation>Problèmes du fichier</translation>
    </message>
  </context>
  <context>
    <name>ButtonBar</name>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_footer.py" line="61" />
      <source>Up next: %1</source>
      <translation>À suivre : %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_footer.py" line="63" />
      <source>You have read every article</source>
      <translation>Vous avez lu tous les articles</translation>
    </message>
  </context>
  <context>
    <name>CardDelegate</name>
    <message>
      <location filename="../../quizapp/gui/library/cards.py" line="74" />
      <location filename="../../quizapp/gui/library/cards.py" line="133" />
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/cards.py" line="75" />
      <location filename="../../quizapp/gui/library/cards.py" line="133" />
      <source>Read again</source>
      <translation>Relire</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/cards.py" line="75" />
      <location filename="../../quizapp/gui/library/cards.py" line="133" />
      <source>Read</source>
      <translation>Lire</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/cards.py" line="86" />
      <location filename="../../quizapp/gui/library/cards.py" line="132" />
      <source>Question %1 of %2</source>
      <translation>Question %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/cards.py" line="88" />
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/cards.py" line="90" />
      <location filename="../../quizapp/gui/library/cards.py" line="130" />
      <source>Best %1</source>
      <translation>Meilleur score : %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/cards.py" line="97" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/cards.py" line="99" />
      <source>≈ %n min read</source>
      <translation>
        <numerusform>≈ %n min de lecture</numerusform>
        <numerusform>≈ %n min de lecture</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/cards.py" line="107" />
      <source>%n new word(s) for you</source>
      <translation>
        <numerusform>%n mot nouveau pour vous</numerusform>
        <numerusform>%n mots nouveaux pour vous</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/card_marks.py" line="47" />
      <source>%n word(s)</source>
      <translation>
        <numerusform>%n mot</numerusform>
        <numerusform>%n mots</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/card_marks.py" line="82" />
      <source>read today</source>
      <translation>lu aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/card_marks.py" line="84" />
      <source>read yesterday</source>
      <translation>lu hier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/card_marks.py" line="85" />
      <source>read on %1</source>
      <translation>lu le %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/cards.py" line="110" />
      <source>%n word(s) not met yet</source>
      <translation>
        <numerusform>%n mot pas encore rencontré</numerusform>
        <numerusform>%n mots pas encore rencontrés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/cards.py" line="110" />
      <source>%n new word(s)</source>
      <translation>
        <numerusform>%n mot nouveau</numerusform>
        <numerusform>%n mots nouveaux</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClozeAnswer</name>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_text.py" line="213" />
      <source>Blank %1: %2</source>
      <translation>Case %1 : %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_text.py" line="214" />
      <source>Blank %1: empty</source>
      <translation>Case %1 : vide</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_text.py" line="247" />
      <source>Word bank</source>
      <translation>Banque de mots</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_text.py" line="250" />
      <source>Blank %1</source>
      <translation>Case %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_text.py" line="306" />
      <source>Right answer: %1</source>
      <translation>Bonne réponse : %1</translation>
    </message>
  </context>
  <context>
    <name>ColumnSwitch</name>
    <message>
      <location filename="../../quizapp/gui/reading/columns.py" line="84" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/columns.py" line="84" />
      <source>Show the article</source>
      <translation>Afficher l’article</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/columns.py" line="85" />
      <source>Questions</source>
      <translation>Questions</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/columns.py" line="85" />
      <source>Show the quiz</source>
      <translation>Afficher le quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/columns.py" line="91" />
      <source>Show the text or the questions</source>
      <translation>Afficher le texte ou les questions</translation>
    </message>
  </context>
  <context>
    <name>DaysCard</name>
    <message>
      <location filename="../../quizapp/gui/progress/day_bars.py" line="168" />
      <source>Last 14 days</source>
      <translation>14 derniers jours</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/day_bars.py" line="171" />
      <source>%n answer(s)</source>
      <translation>
        <numerusform>%n réponse</numerusform>
        <numerusform>%n réponses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/day_bars.py" line="173" />
      <source>%n answer(s), all today</source>
      <translation>
        <numerusform>%n réponse, aujourd’hui</numerusform>
        <numerusform>%n réponses, toutes aujourd’hui</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/day_bars.py" line="176" />
      <source>%n answer(s) over %1 days</source>
      <translation>
        <numerusform>%n réponse sur %1 jours</numerusform>
        <numerusform>%n réponses sur %1 jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/day_bars.py" line="178" />
      <source>Answers per day, last 14 days</source>
      <translation>Réponses par jour, 14 derniers jours</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="48" />
      <location filename="../../quizapp/gui/window/dialogs.py" line="59" />
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="53" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="54" />
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="61" />
      <source>Every action of the window and its keys</source>
      <translation>Chaque action de la fenêtre et ses touches</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="92" />
      <source>(in the text)</source>
      <translation>(dans le texte)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="101" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="157" />
      <source>About quizapp</source>
      <translation>À propos de quizapp</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="159" />
      <source>Read real French texts: click any word for its English meaning, show any sentence in English, answer comprehension questions, and see the sentence that proves each answer.</source>
      <translation>Lisez de vrais textes en français : cliquez sur un mot pour son sens en anglais, affichez n’importe quelle phrase en anglais, répondez aux questions de compréhension et voyez la phrase qui justifie chaque réponse.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="174" />
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="205" />
      <source>No file manager</source>
      <translation>Pas de gestionnaire de fichiers</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="206" />
      <source>No file manager could open %1. Open that folder yourself.</source>
      <translation>Aucun gestionnaire de fichiers n’a pu ouvrir %1. Ouvrez ce dossier vous-même.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="229" />
      <source>Choose a folder of question files</source>
      <translation>Choisir un dossier de fichiers de questions</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="242" />
      <source>Open an article file</source>
      <translation>Ouvrir un fichier d’article</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="247" />
      <source>Article files (*.yaml *.yml)</source>
      <translation>Fichiers d’article (*.yaml *.yml)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="248" />
      <source>All files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="272" />
      <source>Dictionaries</source>
      <translation>Dictionnaires</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="314" />
      <source>Rename the learner</source>
      <translation>Renommer l’élève</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="315" />
      <source>New name:</source>
      <translation>Nouveau nom :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="330" />
      <source>Delete the learner</source>
      <translation>Supprimer l’élève</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="331" />
      <source>Delete “%1” and all their progress?</source>
      <translation>Supprimer « %1 » et toute sa progression ?</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="359" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="391" />
      <source>Delete the text</source>
      <translation>Supprimer le texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="392" />
      <source>Delete “%1”?</source>
      <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/dialogs.py" line="393" />
      <source>The words you looked up in it stay in My words and in your reviews.</source>
      <translation>Les mots que vous y avez cherchés restent dans Mes mots et dans vos révisions.</translation>
    </message>
  </context>
  <context>
    <name>DictionariesSection</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="86" />
      <source>%1 — %n entry(s) (%3)</source>
      <translation>
        <numerusform>%1 — %n entrée (%3)</numerusform>
        <numerusform>%1 — %n entrées (%3)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="88" />
      <source>%1 — being indexed (%3)</source>
      <translation>%1 — indexation en cours (%3)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="99" />
      <source>ignored</source>
      <translation>ignoré</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="99" />
      <source>broken</source>
      <translation>illisible</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="106" />
      <source>Looking for dictionaries…</source>
      <translation>Recherche des dictionnaires…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="108" />
      <source>No French→English dictionary found.</source>
      <translation>Aucun dictionnaire français→anglais trouvé.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="168" />
      <source>Dictionaries</source>
      <translation>Dictionnaires</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="171" />
      <source>When the article’s glossary has no entry, these French→English dictionaries are asked, from the top. Add one with sudo apt install dict-freedict-fra-eng, or put dictd or StarDict files in %1.</source>
      <translation>Quand le glossaire de l’article n’a pas d’entrée, ces dictionnaires français→anglais sont consultés, de haut en bas. Pour en ajouter un : sudo apt install dict-freedict-fra-eng, ou déposez des fichiers dictd ou StarDict dans %1.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="177" />
      <source>Dictionaries in use</source>
      <translation>Dictionnaires utilisés</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="178" />
      <source>Not used</source>
      <translation>Non utilisés</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="179" />
      <source>Dictionaries not used</source>
      <translation>Dictionnaires non utilisés</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="180" />
      <source>Up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="181" />
      <source>Ask this dictionary earlier</source>
      <translation>Consulter ce dictionnaire plus tôt</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="182" />
      <source>Down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="183" />
      <source>Ask this dictionary later</source>
      <translation>Consulter ce dictionnaire plus tard</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="184" />
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="185" />
      <source>Open the dictionaries folder</source>
      <translation>Ouvrir le dossier des dictionnaires</translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/done.py" line="219" />
      <source>%n right</source>
      <translation>
        <numerusform>%n juste</numerusform>
        <numerusform>%n justes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/done.py" line="221" />
      <source>%n to see again soon</source>
      <translation>
        <numerusform>%n à revoir bientôt</numerusform>
        <numerusform>%n à revoir bientôt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/done.py" line="229" />
      <source>Nothing left to review: look words up as you read.</source>
      <translation>Plus rien à revoir : cherchez des mots en lisant.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/done.py" line="240" />
      <source>Back to the library</source>
      <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/done.py" line="241" />
      <source>Paste a text of your own</source>
      <translation>Coller un texte de votre choix</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/done.py" line="245" />
      <source>You have read all %n article(s)</source>
      <translation>
        <numerusform>Vous avez lu votre %n article</numerusform>
        <numerusform>Vous avez lu les %n articles</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/done.py" line="242" />
      <source>Read the next article →</source>
      <translation>Lire l’article suivant →</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/done.py" line="243" />
      <source>Up next: %1</source>
      <translation>À suivre : %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/done.py" line="243" />
      <source>Read the next article: %1</source>
      <translation>Lire l’article suivant : %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/done.py" line="174" />
      <source>%n due within a day</source>
      <translation>
        <numerusform>%n à revoir d’ici demain</numerusform>
        <numerusform>%n à revoir d’ici demain</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/done.py" line="121" />
      <source>Reading streak: %n day(s) in a row</source>
      <translation>
        <numerusform>Série : %n jour de lecture d’affilée</numerusform>
        <numerusform>Série : %n jours de lecture d’affilée</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EndCard</name>
    <message>
      <location filename="../../quizapp/gui/reading/end_card.py" line="243" />
      <source>Article read</source>
      <translation>Article lu</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_card.py" line="272" />
      <source>Resume the quiz (question %1 of %2)</source>
      <translation>Reprendre le quiz (question %1 sur %2)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_card.py" line="277" />
      <source>Best score: %1</source>
      <translation>Meilleur score : %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_card.py" line="280" />
      <source>Redo the quiz</source>
      <translation>Refaire le quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_card.py" line="243" />
      <source>Text read</source>
      <translation>Texte lu</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_card.py" line="245" />
      <source>End of the text</source>
      <translation>Fin du texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_card.py" line="245" />
      <source>End of the article</source>
      <translation>Fin de l’article</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_card.py" line="253" />
      <source>I’ve finished</source>
      <translation>J’ai fini</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_card.py" line="254" />
      <source>Mark this text as read</source>
      <translation>Marquer ce texte comme lu</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="258" />
      <source>These words will come back in your reviews</source>
      <translation>
        <numerusform>Ce mot reviendra dans vos révisions</numerusform>
        <numerusform>Ces mots reviendront dans vos révisions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_card.py" line="274" />
      <source>Resume the exercises (%1 of %2)</source>
      <translation>Reprendre les exercices (%1 sur %2)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_card.py" line="280" />
      <source>Redo the exercises</source>
      <translation>Refaire les exercices</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="282" />
      <source>Do the exercises (%n)</source>
      <translation>
        <numerusform>Faire l’exercice (%n)</numerusform>
        <numerusform>Faire les exercices (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="284" />
      <source>Start the quiz (%n question(s))</source>
      <translation>
        <numerusform>Commencer le quiz (%n question)</numerusform>
        <numerusform>Commencer le quiz (%n questions)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="289" />
      <source>You have read all %n article(s)</source>
      <translation>
        <numerusform>Vous avez lu votre %n article</numerusform>
        <numerusform>Vous avez lu les %n articles</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_card.py" line="297" />
      <source>Next article: %1</source>
      <translation>Article suivant : %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_card.py" line="330" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="333" />
      <source>%n word(s) looked up during the quiz</source>
      <translation>
        <numerusform>%n mot consulté pendant le quiz</numerusform>
        <numerusform>%n mots consultés pendant le quiz</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="335" />
      <source>%n word(s) looked up, %1 of them during the quiz</source>
      <translation>
        <numerusform>%n mot consulté, dont %1 pendant le quiz</numerusform>
        <numerusform>%n mots consultés, dont %1 pendant le quiz</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="338" />
      <source>%n word(s) looked up during this reading</source>
      <translation>
        <numerusform>%n mot consulté pendant cette lecture</numerusform>
        <numerusform>%n mots consultés pendant cette lecture</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/end_card.py" line="168" />
      <source>%n word(s) looked up</source>
      <translation>
        <numerusform>%n mot consulté</numerusform>
        <numerusform>%n mots consultés</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EndWay</name>
    <message>
      <location filename="../../quizapp/gui/reading/end_way.py" line="33" />
      <source>Next article →</source>
      <translation>Article suivant →</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_way.py" line="35" />
      <source>Redo as an exam</source>
      <translation>Refaire en mode examen</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_way.py" line="38" />
      <source>%1 · best score %2</source>
      <translation>%1 · meilleur score %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_way.py" line="41" />
      <location filename="../../quizapp/gui/reading/end_way.py" line="83" />
      <source>Paste a text of your own</source>
      <translation>Coller un texte de votre choix</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_way.py" line="42" />
      <source>Any French text: an article, a page, a chapter</source>
      <translation>Tout texte en français : un article, une page, un chapitre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_way.py" line="84" />
      <source>Back to the library</source>
      <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/end_way.py" line="85" />
      <source>Reread another article: %1</source>
      <translation>Relire un autre article : %1</translation>
    </message>
  </context>
  <context>
    <name>ErrorHandler</name>
    <message>
      <location filename="../../quizapp/gui/window/error_dialog.py" line="42" />
      <source>Error details</source>
      <translation>Détails de l’erreur</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/error_dialog.py" line="45" />
      <source>&amp;Copy details</source>
      <translation>&amp;Copier les détails</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/error_dialog.py" line="49" />
      <source>Copy the details, to paste them into a bug report</source>
      <translation>Copier les détails, pour les coller dans un signalement de bogue</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/error_handler.py" line="181" />
      <source>quizapp hit an unexpected problem and stopped what it was doing. You can go on working: your answers so far are kept. The details below help to report it; they were also saved in %1.</source>
      <translation>quizapp a rencontré un problème imprévu et a interrompu ce qu’il faisait. Vous pouvez continuer : vos réponses déjà données sont conservées. Les détails ci-dessous aident à signaler le problème ; ils ont aussi été enregistrés dans %1.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/error_handler.py" line="188" />
      <source>Something went wrong</source>
      <translation>Un problème est survenu</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/error_handler.py" line="227" />
      <source>quizapp closed unexpectedly last time. Your progress was saved up to the last answer. The details below help to report it; they are kept in %1.</source>
      <translation>quizapp s’est fermé de façon inattendue la dernière fois. Votre progression a été enregistrée jusqu’à la dernière réponse. Les détails ci-dessous aident à signaler le problème ; ils sont conservés dans %1.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/error_handler.py" line="234" />
      <source>quizapp closed unexpectedly</source>
      <translation>quizapp s’est fermé de façon inattendue</translation>
    </message>
  </context>
  <context>
    <name>FeedbackBox</name>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="229" />
      <source>Answer saved</source>
      <translation>Réponse enregistrée</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="236" />
      <source>You can change it until you finish the test; the results come at the end.</source>
      <translation>Vous pouvez la modifier jusqu’à la fin du test ; les résultats viendront à la fin.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="256" />
      <source>Score of this try, after any hint or retry cost</source>
      <translation>Score de cet essai, après le coût éventuel de l’indice ou des nouveaux essais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="276" />
      <source>Explanation</source>
      <translation>Explication</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/feedback.py" line="285" />
      <source>The answer is in the highlighted sentence(s) of the text.</source>
      <translation>
        <numerusform>La réponse se trouve dans la phrase surlignée du texte.</numerusform>
        <numerusform>La réponse se trouve dans les phrases surlignées du texte.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="326" />
      <source>Hide English</source>
      <translation>Masquer l’anglais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="326" />
      <source>Hide French</source>
      <translation>Masquer le français</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="328" />
      <source>Show in English</source>
      <translation>Voir en anglais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="328" />
      <source>Show in French</source>
      <translation>Voir en français</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="340" />
      <source>Show the explanation in English</source>
      <translation>Afficher l’explication en anglais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="341" />
      <source>Explanation in English</source>
      <translation>Explication en anglais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="345" />
      <source>Show in the text</source>
      <translation>Montrer dans le texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="347" />
      <source>Feedback</source>
      <translation>Correction</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="343" />
      <source>Show the explanation in French</source>
      <translation>Montrer l’explication en français</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="170" />
      <source>Your answer: %1</source>
      <translation>Votre réponse : %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/feedback.py" line="344" />
      <source>Explanation in French</source>
      <translation>Explication en français</translation>
    </message>
  </context>
  <context>
    <name>FinishBar</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/finish_bar.py" line="54" />
      <source>%n question(s) not answered yet: %1.</source>
      <translation>
        <numerusform>%n question sans réponse pour l’instant : %1.</numerusform>
        <numerusform>%n questions sans réponse pour l’instant : %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/finish_bar.py" line="55" />
      <source>They count 0.</source>
      <translation>Elles comptent 0.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/finish_bar.py" line="55" />
      <source>They count 0 if you finish now.</source>
      <translation>Elles comptent 0 si vous terminez maintenant.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/finish_bar.py" line="57" />
      <source>Finish anyway</source>
      <translation>Terminer quand même</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/finish_bar.py" line="58" />
      <source>Go to question %1</source>
      <translation>Aller à la question %1</translation>
    </message>
  </context>
  <context>
    <name>GlossPopover</name>
    <message>
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="211" />
      <source>This word is not in the article’s glossary.</source>
      <translation>Ce mot n’est pas dans le glossaire de l’article.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="213" />
      <source>No word of this sentence is in the article’s glossary.</source>
      <translation>Aucun mot de cette phrase n’est dans le glossaire de l’article.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="377" />
      <source>Glossary entry</source>
      <translation>Entrée du glossaire</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_dock.py" line="65" />
      <source>✓ Added to my words</source>
      <translation>✓ Ajouté à mes mots</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="383" />
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="384" />
      <source>Add to my words</source>
      <translation>Ajouter à mes mots</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="209" />
      <source>No entry in the glossary or in your dictionaries.</source>
      <translation>Aucune entrée dans le glossaire ni dans vos dictionnaires.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="231" />
      <source>From the article’s glossary</source>
      <translation>Du glossaire de l’article</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="239" />
      <source>No dictionary is installed: sudo apt install dict-freedict-fra-eng, or put dictd/StarDict files in %1</source>
      <translation>Aucun dictionnaire installé : sudo apt install dict-freedict-fra-eng, ou déposez des fichiers dictd/StarDict dans %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="252" />
      <source>Sentence: %1</source>
      <translation>Phrase : %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="34" />
      <source>noun, masc.</source>
      <translation>nom masculin</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="35" />
      <source>noun, fem.</source>
      <translation>nom féminin</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="36" />
      <source>noun</source>
      <translation>nom</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="37" />
      <source>verb</source>
      <translation>verbe</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="38" />
      <source>transitive verb</source>
      <translation>verbe transitif</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="39" />
      <source>intransitive verb</source>
      <translation>verbe intransitif</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="40" />
      <source>adjective</source>
      <translation>adjectif</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="41" />
      <source>adverb</source>
      <translation>adverbe</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="42" />
      <source>preposition</source>
      <translation>préposition</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="43" />
      <source>pronoun</source>
      <translation>pronom</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="44" />
      <source>numeral</source>
      <translation>numéral</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="45" />
      <source>conjunction</source>
      <translation>conjonction</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="46" />
      <source>interjection</source>
      <translation>interjection</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="47" />
      <source>article</source>
      <translation>article</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="119" />
      <source>From %1</source>
      <translation>Source : %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="148" />
      <source>an expression of this sentence</source>
      <translation>une expression de cette phrase</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="189" />
      <source>Other meanings and headwords</source>
      <translation>Autres sens et autres mots d’origine</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_dock.py" line="56" />
      <source>Hide English</source>
      <comment>terse: a narrow card's row</comment>
      <translation>Masquer l’anglais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_dock.py" line="57" />
      <source>Hide the English</source>
      <translation>Masquer l’anglais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_dock.py" line="59" />
      <source>In English</source>
      <comment>terse: the sentence's English</comment>
      <translation>En anglais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_dock.py" line="60" />
      <source>Sentence in English</source>
      <translation>Phrase en anglais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_dock.py" line="62" />
      <source>The sentence’s English, in this card (T)</source>
      <translation>L’anglais de la phrase, dans cette fiche (T)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_dock.py" line="68" />
      <source>✓ Added</source>
      <comment>terse: to my words</comment>
      <translation>✓ Ajouté</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/word_status.py" line="91" />
      <source>✓ To learn</source>
      <translation>✓ À apprendre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/word_status.py" line="93" />
      <source>To learn</source>
      <translation>À apprendre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/word_status.py" line="96" />
      <source>In My words and review; click to take it back out</source>
      <translation>Dans mes mots et en révision ; cliquer pour l’en retirer</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/word_status.py" line="100" />
      <source>Keep this word in My words, for review</source>
      <translation>Garder ce mot dans mes mots, pour le réviser</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/word_status.py" line="109" />
      <source>✓ Known</source>
      <translation>✓ Connu</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/word_status.py" line="111" />
      <source>You know this word; K puts it back to learning</source>
      <translation>Vous connaissez ce mot ; K le remet à apprendre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/word_status.py" line="116" />
      <source>Known</source>
      <translation>Connu</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/word_status.py" line="118" />
      <source>You know this word: no longer coloured, not reviewed</source>
      <translation>Vous connaissez ce mot : il n’est plus coloré ni révisé</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="378" />
      <source>Close (Esc)</source>
      <translation>Fermer (Échap)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="379" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="380" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="381" />
      <source>Take this word back out of My words and review</source>
      <translation>Retirer ce mot de Mes mots et des révisions</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="382" />
      <source>Remove from my words</source>
      <translation>Retirer de mes mots</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="385" />
      <location filename="../../quizapp/gui/reading/gloss_card.py" line="386" />
      <source>Open the dictionaries folder</source>
      <translation>Ouvrir le dossier des dictionnaires</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_answers.py" line="175" />
      <location filename="../../quizapp/gui/reading/card_compact.py" line="97" />
      <source>more</source>
      <translation>plus</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/card_compact.py" line="117" />
      <source>Show the whole note</source>
      <translation>Afficher toute la note</translation>
    </message>
  </context>
  <context>
    <name>GoalSection</name>
    <message>
      <location filename="../../quizapp/gui/progress/goal_section.py" line="66" />
      <location filename="../../quizapp/gui/progress/goal_section.py" line="89" />
      <source>Daily goal</source>
      <translation>Objectif quotidien</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/goal_section.py" line="67" />
      <source>&amp;Answers a day:</source>
      <translation>&amp;Réponses par jour :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/goal_section.py" line="69" />
      <source>Relaxed: %1 answers</source>
      <translation>Détendu : %1 réponses</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/goal_section.py" line="70" />
      <source>Normal: %1 answers</source>
      <translation>Normal : %1 réponses</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/goal_section.py" line="71" />
      <source>Intensive: %1 answers</source>
      <translation>Intensif : %1 réponses</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/goal_section.py" line="76" />
      <source>Choose a learner first: each keeps their own goal.</source>
      <translation>Choisissez d’abord un élève : chacun garde son propre objectif.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/goal_section.py" line="80" />
      <source>Each quiz answer and each review card counts; a quiz part is about ten. Days in a row count the days the goal is met.</source>
      <translation>Chaque réponse à un quiz et chaque carte révisée comptent ; une partie de quiz en compte une dizaine. Les jours de suite sont ceux où l’objectif est atteint.</translation>
    </message>
  </context>
  <context>
    <name>GoalWords</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/goal_words.py" line="46" />
      <source>+%n answer(s)</source>
      <translation>
        <numerusform>+%n réponse</numerusform>
        <numerusform>+%n réponses</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/goal_words.py" line="48" />
      <source>daily goal reached!</source>
      <translation>objectif du jour atteint !</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/goal_words.py" line="50" />
      <location filename="../../quizapp/gui/progress/goal_words.py" line="78" />
      <source>daily goal reached</source>
      <translation>objectif du jour atteint</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/goal_words.py" line="52" />
      <source>today's goal: %1 answers</source>
      <translation>objectif du jour : %1 réponses</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/goal_words.py" line="54" />
      <source>%1 / %2 today</source>
      <translation>%1 / %2 aujourd’hui</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/goal_words.py" line="66" />
      <source>%n day(s) in a row</source>
      <translation>
        <numerusform>%n jour d’affilée</numerusform>
        <numerusform>%n jours d’affilée</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/goal_words.py" line="75" />
      <source>Today's goal: %1 answers</source>
      <translation>Objectif du jour : %1 réponses</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/goal_words.py" line="77" />
      <source>Today: %n answer(s)</source>
      <translation>
        <numerusform>Aujourd’hui : %n réponse</numerusform>
        <numerusform>Aujourd’hui : %n réponses</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/goal_words.py" line="80" />
      <source>Today: %1 / %2 answers</source>
      <translation>Aujourd’hui : %1 / %2 réponses</translation>
    </message>
  </context>
  <context>
    <name>Greeting</name>
    <message>
      <location filename="../../quizapp/gui/library/greeting.py" line="249" />
      <source>Hello!</source>
      <translation>Bonjour !</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/greeting.py" line="254" />
      <source>Good morning, %1</source>
      <translation>Bonjour, %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/greeting.py" line="256" />
      <source>Good afternoon, %1</source>
      <translation>Bon après-midi, %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/greeting.py" line="258" />
      <source>Good evening, %1</source>
      <translation>Bonsoir, %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/greeting.py" line="271" />
      <source>%n article(s) read today</source>
      <translation>
        <numerusform>%n article lu aujourd’hui</numerusform>
        <numerusform>%n articles lus aujourd’hui</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/greeting.py" line="273" />
      <source>Choose an article below to begin.</source>
      <translation>Choisissez un article ci-dessous pour commencer.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/greeting.py" line="266" />
      <location filename="../../quizapp/gui/library/greeting.py" line="281" />
      <source>%n day(s) in a row</source>
      <translation>
        <numerusform>%n jour d’affilée</numerusform>
        <numerusform>%n jours d’affilée</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/greeting.py" line="268" />
      <source>%n day(s) in a row: read today to keep it going</source>
      <translation>
        <numerusform>%n jour d’affilée : lisez aujourd’hui pour continuer</numerusform>
        <numerusform>%n jours d’affilée : lisez aujourd’hui pour continuer</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/greeting.py" line="283" />
      <source>Daily goal reached</source>
      <translation>Objectif du jour atteint</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/greeting.py" line="286" />
      <source>%1 / %2 answers today</source>
      <translation>%1 / %2 réponses aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/greeting.py" line="291" />
      <source>Today's goal: %1 answers</source>
      <translation>Objectif du jour : %1 réponses</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/greeting.py" line="293" />
      <source>Today's goal: %1 answers (one quiz is a good start)</source>
      <translation>Objectif du jour : %1 réponses (un quiz, c’est un bon début)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/greeting.py" line="305" />
      <source>%1/%2 answers</source>
      <comment>today's goal beside its ring: done/target</comment>
      <translation>%1/%2 réponses</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/greeting.py" line="251" />
      <source>%n-day streak</source>
      <translation>
        <numerusform>Série : %n jour</numerusform>
        <numerusform>Série : %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/greeting.py" line="253" />
      <source>%n-day streak: read today to keep it</source>
      <translation>
        <numerusform>Série : %n jour, lisez aujourd’hui pour la garder</numerusform>
        <numerusform>Série : %n jours, lisez aujourd’hui pour la garder</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HeroCard</name>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="310" />
      <source>Resume where you stopped</source>
      <translation>Reprendre là où vous en étiez</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="312" />
      <source>Resume at question %1 of %2</source>
      <translation>Reprendre à la question %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="314" />
      <source>Continue</source>
      <translation>Continuer</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="314" />
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="330" />
      <source>Recommended for you</source>
      <translation>Recommandé pour vous</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="329" />
      <location filename="../../quizapp/gui/library/hero.py" line="330" />
      <source>Read</source>
      <translation>Lire</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="329" />
      <source>A gentle start</source>
      <translation>Pour bien commencer</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="333" />
      <source>%1 to review: a few minutes</source>
      <translation>%1 à revoir : quelques minutes</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/hero.py" line="335" />
      <source>%n word(s) or question(s) due: a few minutes</source>
      <translation>
        <numerusform>%n mot ou question à revoir : quelques minutes</numerusform>
        <numerusform>%n mots ou questions à revoir : quelques minutes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="336" />
      <source>Every article read: keep what you learnt</source>
      <translation>Tout est lu : gardez ce que vous avez appris</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="337" />
      <source>Next step</source>
      <translation>Prochaine étape</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="337" />
      <source>Review now</source>
      <translation>Revoir maintenant</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="339" />
      <source>Every article read, every quiz at 100%: bring a French text you like</source>
      <translation>Tous les articles lus, tous les quiz à 100 % : apportez un texte français qui vous plaît</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="340" />
      <source>Read a French text of your own</source>
      <translation>Lire un texte français de votre choix</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="341" />
      <source>Paste a text</source>
      <translation>Coller un texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="342" />
      <source>Your best so far: %1. An exam shows what you have kept.</source>
      <translation>Votre meilleur score : %1. Un examen montre ce que vous avez retenu.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="344" />
      <source>Redo as an exam</source>
      <translation>Refaire en mode examen</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="341" />
      <location filename="../../quizapp/gui/library/hero.py" line="344" />
      <source>Every article read</source>
      <translation>Tous les articles sont lus</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="357" />
      <source>Your level?</source>
      <translation>Votre niveau ?</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="358" />
      <source>Your level, for the next article</source>
      <translation>Votre niveau, pour choisir le prochain article</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="360" />
      <source>My level is %1</source>
      <translation>Mon niveau est %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="374" />
      <source>All articles</source>
      <translation>Tous les articles</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="374" />
      <source>More articles</source>
      <translation>Autres articles</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/hero.py" line="356" />
      <source>Add your own articles…</source>
      <translation>Ajouter vos propres articles…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/hero.py" line="236" />
      <source>New · %n new word(s) for you</source>
      <translation>
        <numerusform>Nouveau · %n mot nouveau pour vous</numerusform>
        <numerusform>Nouveau · %n mots nouveaux pour vous</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HighlightLegend</name>
    <message>
      <location filename="../../quizapp/gui/reading/legend.py" line="165" />
      <source>Evidence</source>
      <translation>Preuve</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/legend.py" line="166" />
      <source>Your choice</source>
      <translation>Votre choix</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/legend.py" line="167" />
      <source>Current sentence</source>
      <translation>Phrase en cours</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/legend.py" line="168" />
      <source>Word looked up</source>
      <translation>Mot cherché</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/legend.py" line="169" />
      <source>Saved word</source>
      <translation>Mot enregistré</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/legend.py" line="170" />
      <source>New word</source>
      <translation>Mot nouveau</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/legend.py" line="171" />
      <source>Explained word</source>
      <translation>Mot expliqué</translation>
    </message>
  </context>
  <context>
    <name>HistoryOverview</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/history_overview.py" line="71" />
      <source>%n article(s)</source>
      <translation>
        <numerusform>%n article</numerusform>
        <numerusform>%n articles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/history_overview.py" line="72" />
      <location filename="../../quizapp/gui/progress/history_overview.py" line="98" />
      <source>%n quiz(zes)</source>
      <translation>
        <numerusform>%n quiz</numerusform>
        <numerusform>%n quiz</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history_overview.py" line="63" />
      <source>%1 average success</source>
      <translation>%1 de réussite moyenne</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history_overview.py" line="69" />
      <source>%1 in quizzes</source>
      <translation>%1 de quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history_overview.py" line="79" />
      <source>Quiz not finished yet</source>
      <translation>Quiz pas encore terminé</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history_overview.py" line="86" />
      <source>score %1</source>
      <translation>score %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history_overview.py" line="93" />
      <source>best %1</source>
      <translation>meilleur %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history_overview.py" line="94" />
      <source>last %1</source>
      <translation>dernier %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history_overview.py" line="159" />
      <source>Open this article’s results, question by question</source>
      <translation>Voir les résultats de cet article, question par question</translation>
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="273" />
      <source>You have not finished a quiz on this article yet.</source>
      <translation>Vous n’avez pas encore terminé de quiz sur cet article.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/history.py" line="279" />
      <source>The teacher has changed %n question(s) since some of these results: older answers to them may not match the question you see now.</source>
      <translation>
        <numerusform>L’enseignant a modifié %n question depuis certains de ces résultats : les anciennes réponses peuvent ne plus correspondre à la question actuelle.</numerusform>
        <numerusform>L’enseignant a modifié %n questions depuis certains de ces résultats : les anciennes réponses peuvent ne plus correspondre aux questions actuelles.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="331" />
      <source>(no longer in the article)</source>
      <translation>(n’est plus dans l’article)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="307" />
      <source>Question %1</source>
      <translation>Question %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/history.py" line="244" />
      <source>attempt(s)</source>
      <translation>
        <numerusform>tentative</numerusform>
        <numerusform>tentatives</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="240" />
      <source>best</source>
      <translation>meilleur</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="237" />
      <source>score, %1</source>
      <translation>score, %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="241" />
      <source>last, %1</source>
      <translation>dernier, %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="245" />
      <source>in quizzes</source>
      <translation>en quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="316" />
      <source>changed since</source>
      <translation>modifiée depuis</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="321" />
      <source>Not answered yet</source>
      <translation>Pas encore répondu</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="323" />
      <source>Right last time</source>
      <translation>Juste la dernière fois</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="325" />
      <location filename="../../quizapp/gui/progress/mistakes_lines.py" line="47" />
      <source>Partly right last time</source>
      <translation>En partie juste la dernière fois</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="327" />
      <location filename="../../quizapp/gui/progress/mistakes_lines.py" line="45" />
      <source>Wrong last time</source>
      <translation>Faux la dernière fois</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="367" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="368" />
      <source>&amp;Article:</source>
      <translation>&amp;Article :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="369" />
      <source>Question by question</source>
      <translation>Question par question</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="370" />
      <source>How each question went</source>
      <translation>Comment chaque question s’est passée</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="372" />
      <source>← All articles</source>
      <translation>← Tous les articles</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="373" />
      <source>Every article you have read, at a glance</source>
      <translation>Tous les articles que vous avez lus, d’un coup d’œil</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="374" />
      <source>Articles you have read</source>
      <translation>Les articles que vous avez lus</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="376" />
      <source>Your results will gather here</source>
      <translation>Vos résultats s’afficheront ici</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="378" />
      <source>Read an article and take its quiz: each article you read gets a line here, with your scores over time.</source>
      <translation>Lisez un article et faites son quiz : chaque article lu aura ici sa ligne, avec vos scores au fil du temps.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="381" />
      <source>Choose an article</source>
      <translation>Choisir un article</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="297" />
      <source>Quizzes</source>
      <translation>Quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="297" />
      <source>Success</source>
      <translation>Réussite</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="371" />
      <source>Article</source>
      <translation>Article</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/history.py" line="221" />
      <source>%n attempt(s)</source>
      <translation>
        <numerusform>%n tentative</numerusform>
        <numerusform>%n tentatives</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/history.py" line="238" />
      <source>Quizzes finished: %n</source>
      <translation>
        <numerusform>Quiz terminés : %n</numerusform>
        <numerusform>Quiz terminés : %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>KnownWords</name>
    <message>
      <location filename="../../quizapp/gui/review/known.py" line="106" />
      <source>%1 is known: no longer tinted</source>
      <translation>%1 est connu : il n’est plus teinté</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/known.py" line="106" />
      <source>%1 is learning again</source>
      <translation>%1 est de nouveau en apprentissage</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/known.py" line="117" />
      <source>Click a word first.</source>
      <translation>Cliquez d’abord sur un mot.</translation>
    </message>
  </context>
  <context>
    <name>Learners</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/learners.py" line="123" />
      <source>Their %n quiz run(s) and the words they looked up go too.</source>
      <translation>
        <numerusform>Son quiz (%n) et les mots cherchés seront supprimés aussi.</numerusform>
        <numerusform>Ses %n quiz et les mots cherchés seront supprimés aussi.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/learners.py" line="143" />
      <source>“%1” deleted, with %n quiz run(s)</source>
      <translation>
        <numerusform>« %1 » supprimé, avec %n quiz</numerusform>
        <numerusform>« %1 » supprimé, avec %n quiz</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/learners.py" line="146" />
      <source>, %n answer(s)</source>
      <translation>
        <numerusform>, %n réponse</numerusform>
        <numerusform>, %n réponses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/learners.py" line="147" />
      <source> and %n word(s).</source>
      <translation>
        <numerusform> et %n mot.</numerusform>
        <numerusform> et %n mots.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LibraryView</name>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="306" />
      <source>All</source>
      <comment>topics</comment>
      <translation>Tous</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="318" />
      <source>Loading the articles…</source>
      <translation>Chargement des articles…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="321" />
      <source>This folder has no articles yet. Choose another folder of question files.</source>
      <translation>Ce dossier ne contient encore aucun article. Choisissez un autre dossier de fichiers de questions.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="326" />
      <source>No article matches these filters. Try fewer letters, the English title, or all levels and topics.</source>
      <translation>Aucun article ne correspond à ces filtres. Essayez moins de lettres, le titre anglais, ou tous les niveaux et tous les sujets.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="369" />
      <source>Search a title</source>
      <translation>Rechercher un titre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="370" />
      <source>Search articles</source>
      <translation>Rechercher des articles</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="372" />
      <source>Type part of a title; accents and capitals do not matter.</source>
      <translation>Tapez une partie d’un titre ; les accents et les majuscules n’ont pas d’importance.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="374" />
      <source>&amp;Level:</source>
      <translation>&amp;Niveau :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="375" />
      <source>Filter by level</source>
      <translation>Filtrer par niveau</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="376" />
      <source>Show only the articles of one CEFR level</source>
      <translation>N’afficher que les articles d’un niveau du CECRL</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="377" />
      <source>&amp;Topic:</source>
      <translation>&amp;Sujet :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="378" />
      <source>Filter by topic</source>
      <translation>Filtrer par sujet</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="379" />
      <source>Show only the articles with this tag</source>
      <translation>N’afficher que les articles de ce sujet</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="380" />
      <source>Articles</source>
      <translation>Articles</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="382" />
      <source>Up and Down choose an article; Enter or a double-click reads it.</source>
      <translation>Haut et Bas choisissent un article ; Entrée ou un double-clic l’ouvre.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="384" />
      <source>Open folder…</source>
      <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="385" />
      <source>Show all articles</source>
      <translation>Afficher tous les articles</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="386" />
      <source>Open folder</source>
      <translation>Ouvrir un dossier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="387" />
      <source>Choose a folder of question files</source>
      <translation>Choisir un dossier de fichiers de questions</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="388" />
      <source>Library status</source>
      <translation>État de la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/view.py" line="392" />
      <source>All</source>
      <comment>levels</comment>
      <translation>Tous</translation>
    </message>
  </context>
  <context>
    <name>LocateAnswer</name>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_arrange.py" line="60" />
      <source>Click the sentence(s) that answer the question (again to unselect). Keyboard: ↑ ↓ in the text, then Space.</source>
      <translation>Cliquez sur la ou les phrases qui répondent ; un second clic annule. Clavier : ↑ ↓ dans le texte, puis Espace.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/answer_arrange.py" line="64" />
      <location filename="../../quizapp/gui/quiz/answer_arrange.py" line="120" />
      <source>%n sentence(s) selected</source>
      <translation>
        <numerusform>%n phrase sélectionnée</numerusform>
        <numerusform>%n phrases sélectionnées</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_arrange.py" line="65" />
      <source>Clear the selection</source>
      <translation>Effacer la sélection</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_arrange.py" line="81" />
      <source>Your choice: sentence %1 — %2</source>
      <translation>Votre choix : phrase %1 — %2</translation>
    </message>
  </context>
  <context>
    <name>LocateBar</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading/locate_bar.py" line="83" />
      <source>%n sentence(s) selected</source>
      <translation>
        <numerusform>%n phrase sélectionnée</numerusform>
        <numerusform>%n phrases sélectionnées</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/locate_bar.py" line="84" />
      <source>Your choice</source>
      <translation>Votre choix</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/locate_bar.py" line="85" />
      <source>Check</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/locate_bar.py" line="85" />
      <source>Next</source>
      <translation>Suivante</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/locate_bar.py" line="88" />
      <source>Check the sentences you selected</source>
      <translation>Vérifier les phrases sélectionnées</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/locate_bar.py" line="90" />
      <source>Keep the sentences you selected and go to the next question</source>
      <translation>Garder les phrases sélectionnées et passer à la question suivante</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/locate_bar.py" line="92" />
      <source>The question to answer in the text</source>
      <translation>La question à laquelle répondre dans le texte</translation>
    </message>
  </context>
  <context>
    <name>LookSection</name>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="119" />
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="119" />
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="119" />
      <source>As the system</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="122" />
      <source>%1 px</source>
      <translation>%1 px</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="125" />
      <source>Serif (like a book)</source>
      <translation>Avec empattements (comme un livre)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="126" />
      <source>Sans serif (like a screen)</source>
      <translation>Sans empattements (comme un écran)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="127" />
      <source>Mark the words the glossary explains</source>
      <translation>Souligner les mots expliqués dans le glossaire</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="123" />
      <source>Practice</source>
      <translation>Entraînement</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="124" />
      <source>Test</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="128" />
      <source>Show the English of the titles</source>
      <translation>Afficher la traduction anglaise des titres</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="129" />
      <source>Look</source>
      <translation>Apparence</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="131" />
      <source>&amp;Theme:</source>
      <translation>&amp;Apparence :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="132" />
      <source>Text &amp;size:</source>
      <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="133" />
      <source>Article font:</source>
      <translation>Police de l’article :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="130" />
      <source>Language and quiz</source>
      <translation>Langue et quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="134" />
      <source>&amp;Interface language:</source>
      <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="135" />
      <source>Default &amp;quiz mode:</source>
      <translation>Mode de &amp;quiz par défaut :</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../quizapp/gui/window/bank_mixin.py" line="37" />
      <source>Loading the articles of %1…</source>
      <translation>Chargement des articles de %1…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/bank_mixin.py" line="50" />
      <source>%1 is a file, not a folder.</source>
      <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/bank_mixin.py" line="56" />
      <source>The folder %1 does not exist.</source>
      <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/bank_mixin.py" line="85" />
      <source>Could not open My articles</source>
      <translation>Impossible d’ouvrir Mes articles</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/bank_mixin.py" line="86" />
      <source>The folder %1 could not be created.</source>
      <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/bank_mixin.py" line="122" />
      <source>Articles folder: %1</source>
      <translation>Dossier des articles : %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/bank_mixin.py" line="145" />
      <source>%1 · the quizapp library</source>
      <translation>%1 · la bibliothèque de quizapp</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/main_window.py" line="382" />
      <source>%n file(s) with errors</source>
      <translation>
        <numerusform>%n fichier avec des erreurs</numerusform>
        <numerusform>%n fichiers avec des erreurs</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/bank_mixin.py" line="161" />
      <source>slow reading: PyYAML has no libyaml</source>
      <translation>lecture lente : PyYAML n’a pas libyaml</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/bank_mixin.py" line="169" />
      <source>the copy installed with the app, not %1 (File → Open folder… to use it)</source>
      <translation>la copie installée avec l’application, pas %1 (Fichier → Ouvrir un dossier… pour l’utiliser)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/bank_mixin.py" line="207" />
      <source>Could not read %1.</source>
      <translation>Impossible de lire %1.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/bank_mixin.py" line="213" />
      <source>Could not read the folder</source>
      <translation>Impossible de lire le dossier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/bank_mixin.py" line="214" />
      <source>The folder %1 could not be read.</source>
      <translation>Le dossier %1 n’a pas pu être lu.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/main_window.py" line="350" />
      <location filename="../../quizapp/gui/window/main_window.py" line="351" />
      <location filename="../../quizapp/gui/window/problems_mixin.py" line="42" />
      <location filename="../../quizapp/gui/window/problems_mixin.py" line="43" />
      <source>Problems</source>
      <translation>Problèmes</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/main_window.py" line="353" />
      <source>Loading</source>
      <translation>Chargement</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/main_window.py" line="354" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/main_window.py" line="202" />
      <source>Indexing the dictionary %1 (once): %2 headwords…</source>
      <translation>Indexation du dictionnaire %1 (une seule fois) : %2 entrées…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/main_window.py" line="381" />
      <source>%n article(s)</source>
      <translation>
        <numerusform>%n article</numerusform>
        <numerusform>%n articles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/window/bank_mixin.py" line="117" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MatchAnswer</name>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_match.py" line="146" />
      <source>Match for %1: %2</source>
      <translation>Correspondance pour %1 : %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_match.py" line="147" />
      <source>Match for %1: empty</source>
      <translation>Correspondance pour %1 : vide</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_match.py" line="167" />
      <source>Answers to match</source>
      <translation>Réponses à associer</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_match.py" line="214" />
      <source>Right answer: %1</source>
      <translation>Bonne réponse : %1</translation>
    </message>
  </context>
  <context>
    <name>MistakesView</name>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes_lines.py" line="51" />
      <source>(no longer in the bank)</source>
      <translation>(n’est plus dans la banque)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes_lines.py" line="53" />
      <source>(changed by the teacher since)</source>
      <translation>(modifiée depuis par l’enseignant)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes_lines.py" line="62" />
      <source>Your answer: %1</source>
      <translation>Votre réponse : %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes_lines.py" line="63" />
      <source>(none)</source>
      <translation>(aucune)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes_lines.py" line="67" />
      <source>Right answer: %1</source>
      <translation>Bonne réponse : %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/mistakes.py" line="174" />
      <source>%n question(s) to review, last answered below full marks.</source>
      <translation>
        <numerusform>%n question à revoir, dont la dernière réponse n’a pas eu tous les points.</numerusform>
        <numerusform>%n questions à revoir, dont la dernière réponse n’a pas eu tous les points.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="176" />
      <source>No mistakes to review: you got every question right last time.</source>
      <translation>Aucune erreur à revoir : vous avez tout réussi la dernière fois.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="225" />
      <source>This question is no longer in the bank: the teacher removed it.</source>
      <translation>Cette question n’est plus dans la banque : l’enseignant l’a retirée.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="228" />
      <source>In the text:</source>
      <translation>Dans le texte :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="264" />
      <source>Review my mistakes</source>
      <translation>Revoir mes erreurs</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="265" />
      <source>Show in the text</source>
      <translation>Montrer dans le texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="267" />
      <source>Open the article with the sentences that prove the answer highlighted</source>
      <translation>Ouvrir l’article avec les phrases qui prouvent la réponse surlignées</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="269" />
      <source>Retry this article’s mistakes</source>
      <translation>Refaire les erreurs de cet article</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="271" />
      <source>A practice quiz over just the questions of this article you got wrong</source>
      <translation>Un entraînement sur les seules questions de cet article que vous avez manquées</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="273" />
      <source>The question and its evidence</source>
      <translation>La question et ses preuves dans le texte</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/mistakes.py" line="285" />
      <source>You have read all %n article(s) and got every question right last time.</source>
      <translation>
        <numerusform>Vous avez lu votre %n article et réussi toutes les questions la dernière fois.</numerusform>
        <numerusform>Vous avez lu les %n articles et réussi toutes les questions la dernière fois.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="291" />
      <source>Paste a text of your own</source>
      <translation>Coller un texte de votre choix</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="292" />
      <source>Redo as an exam: %1</source>
      <translation>Refaire en mode examen : %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="295" />
      <source>Back to the library</source>
      <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="296" />
      <source>Nothing to go over</source>
      <translation>Rien à revoir</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="280" />
      <source>You got every question right last time. A question you miss in a quiz waits here, with the sentences that prove its answer.</source>
      <translation>Vous avez réussi toutes les questions la dernière fois. Une question manquée dans un quiz vous attendra ici, avec les phrases qui prouvent la réponse.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/mistakes.py" line="290" />
      <source>Choose an article</source>
      <translation>Choisir un article</translation>
    </message>
  </context>
  <context>
    <name>ModeChooser</name>
    <message>
      <location filename="../../quizapp/gui/quiz/chooser.py" line="156" />
      <source>Quiz</source>
      <translation>Quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/chooser.py" line="156" />
      <source>Exercises</source>
      <translation>Exercices</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/chooser.py" line="160" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/chooser.py" line="163" />
      <source>Exercises made from your text</source>
      <translation>Exercices créés à partir de votre texte</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/chooser.py" line="167" />
      <source>Feedback after each question. You get %n try(s) per question; each retry costs %1 of its points, a hint %2.</source>
      <translation>
        <numerusform>Correction après chaque question. Vous avez %n essai par question ; chaque nouvel essai coûte %1 de ses points, un indice %2.</numerusform>
        <numerusform>Correction après chaque question. Vous avez %n essais par question ; chaque nouvel essai coûte %1 de ses points, un indice %2.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/chooser.py" line="174" />
      <source>Feedback after each question, one try per question; a hint costs %2 of its points.</source>
      <translation>Correction après chaque question, un seul essai par question ; un indice coûte %2 de ses points.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/chooser.py" line="182" />
      <source>Questions</source>
      <translation>Questions</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/chooser.py" line="190" />
      <source>Part %1 of %2 (%n question(s))</source>
      <translation>
        <numerusform>Partie %1 sur %2 (%n question)</numerusform>
        <numerusform>Partie %1 sur %2 (%n questions)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/chooser.py" line="195" />
      <source>Questions %1–%2</source>
      <translation>Questions %1 à %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/chooser.py" line="202" />
      <source>Practice</source>
      <translation>Entraînement</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/chooser.py" line="203" />
      <source>Test</source>
      <translation>Test</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/chooser.py" line="206" />
      <source>One answer per question, which you can change until you finish. No feedback until the end.</source>
      <translation>Une réponse par question, modifiable jusqu’à la fin. Aucune correction avant la fin.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/chooser.py" line="211" />
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/chooser.py" line="214" />
      <source>Carry on where you stopped: %1 of %n question(s) answered.</source>
      <translation>
        <numerusform>Reprendre là où vous en étiez : %1 sur %n question traitée.</numerusform>
        <numerusform>Reprendre là où vous en étiez : %1 sur %n questions traitées.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/chooser.py" line="217" />
      <source>Back to the text</source>
      <translation>Retour au texte</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/chooser.py" line="185" />
      <source>The whole quiz (%n question(s))</source>
      <translation>
        <numerusform>Tout le quiz (%n question)</numerusform>
        <numerusform>Tout le quiz (%n questions)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/chooser.py" line="201" />
      <source>Which questions to answer</source>
      <translation>Les questions auxquelles répondre</translation>
    </message>
  </context>
  <context>
    <name>MoreCue</name>
    <message>
      <location filename="../../quizapp/gui/quiz/more_cue.py" line="47" />
      <source>Scroll down to see the rest</source>
      <translation>Faites défiler pour voir la suite</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/more_cue.py" line="53" />
      <source>More</source>
      <translation>Suite</translation>
    </message>
  </context>
  <context>
    <name>MultiAnswer</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/answer_choice.py" line="311" />
      <source>%n selected</source>
      <translation>
        <numerusform>%n réponse cochée</numerusform>
        <numerusform>%n réponses cochées</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OptionList</name>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_choice.py" line="137" />
      <source>Key %1</source>
      <translation>Touche %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_choice.py" line="140" />
      <source>1–%1 to choose · Enter to confirm</source>
      <translation>1–%1 pour choisir · Entrée pour valider</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/option_fold.py" line="36" />
      <source>1 answer hidden to fit · Show it</source>
      <translation>1 réponse masquée faute de place · La voir</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/option_fold.py" line="37" />
      <source>%1 answers hidden to fit · Show all</source>
      <translation>%1 réponses masquées faute de place · Tout voir</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/option_fold.py" line="42" />
      <source>The pane is too short for every answer and the verdict</source>
      <translation>Le panneau est trop court pour toutes les réponses et le verdict</translation>
    </message>
  </context>
  <context>
    <name>OrderAnswer</name>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_order.py" line="251" />
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_order.py" line="252" />
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_order.py" line="253" />
      <source>Drag the items, or select one and press Alt+↑ / Alt+↓.</source>
      <translation>Faites glisser les éléments, ou choisissez-en un et appuyez sur Alt+↑ / Alt+↓.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_order.py" line="249" />
      <source>Move the selected item up (Alt+Up)</source>
      <translation>Monter l’élément choisi (Alt+Haut)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_order.py" line="250" />
      <source>Move the selected item down (Alt+Down)</source>
      <translation>Descendre l’élément choisi (Alt+Bas)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_order.py" line="254" />
      <source>Items to put in order</source>
      <translation>Éléments à remettre dans l’ordre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_order.py" line="335" />
      <source>right place: %1</source>
      <translation>bonne place : %1</translation>
    </message>
  </context>
  <context>
    <name>OwnTexts</name>
    <message>
      <location filename="../../quizapp/gui/library/own_shelf.py" line="104" />
      <source>The text could not be saved in %1 (%2). Check that the folder can be written to.</source>
      <translation>Le texte n’a pas pu être enregistré dans %1 (%2). Vérifiez que ce dossier est accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/own_shelf.py" line="128" />
      <source>Read</source>
      <translation>Lire</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/own_shelf.py" line="132" />
      <source>Delete this text…</source>
      <translation>Supprimer ce texte…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/own_shelf.py" line="162" />
      <source>Could not delete the text</source>
      <translation>Impossible de supprimer le texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/own_shelf.py" line="163" />
      <source>The file %1 could not be deleted.</source>
      <translation>Le fichier %1 n’a pas pu être supprimé.</translation>
    </message>
    <message numerus="yes">
      <source>%n own text(s) could not be read and were left out: %1</source>
      <translation>
        <numerusform>%n de vos textes n’a pas pu être lu et a été écarté : %1</numerusform>
        <numerusform>%n de vos textes n’ont pas pu être lus et ont été écartés : %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PassageView</name>
    <message>
      <location filename="../../quizapp/gui/reading/passage.py" line="125" />
      <source>(no English translation)</source>
      <translation>(pas de traduction anglaise)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/passage.py" line="129" />
      <source>(the English of this sentence shows after the answer)</source>
      <translation>(l’anglais de cette phrase s’affiche après la réponse)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/quiz_marks.py" line="157" />
      <source>Sentence %1 of %2</source>
      <translation>Phrase %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/quiz_marks.py" line="161" />
      <source>selected</source>
      <translation>choisie</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/quiz_marks.py" line="163" />
      <source>not selected</source>
      <translation>non choisie</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/document.py" line="177" />
      <source>No translation for your own texts: click a word for its meaning.</source>
      <translation>Pas de traduction pour vos propres textes : cliquez sur un mot pour en voir le sens.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/mask_band.py" line="45" />
      <source>Sentence hidden during this question · it comes back after you answer</source>
      <translation>Phrase cachée pendant cette question · elle réapparaît après votre réponse</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/mask_band.py" line="52" />
      <source>Sentence hidden during this question</source>
      <translation>Phrase cachée pendant cette question</translation>
    </message>
  </context>
  <context>
    <name>PasteDialog</name>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="44" />
      <source>The box is empty. Paste a French text into it (Ctrl+V), then Read.</source>
      <translation>Le champ est vide. Collez-y un texte en français (Ctrl+V), puis Lire.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="49" />
      <source>This text is too long: at most %1 characters. Keep one chapter or one article.</source>
      <translation>Ce texte est trop long : %1 caractères au plus. Gardez un chapitre ou un article.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="54" />
      <source>This does not look like a French sentence. Paste a text written in French (a few sentences at least).</source>
      <translation>Ceci ne ressemble pas à une phrase en français. Collez un texte écrit en français (quelques phrases au moins).</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="59" />
      <source>This text could not be read.</source>
      <translation>Ce texte n’a pas pu être lu.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="174" />
      <source>Paste a text</source>
      <translation>Coller un texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="175" />
      <source>Read a text of your own</source>
      <translation>Lire votre propre texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="178" />
      <source>A news item, a song, a page of a novel: every word answers a click, and the words you look up come back in your reviews.</source>
      <translation>Un article de presse, une chanson, une page de roman : chaque mot répond à un clic, et les mots que vous cherchez reviennent dans vos révisions.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="182" />
      <source>&amp;Title (optional)</source>
      <translation>&amp;Titre (facultatif)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="183" />
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="219" />
      <source>The text’s first words</source>
      <translation>Les premiers mots du texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="184" />
      <source>Paste a French text here</source>
      <translation>Collez ici un texte en français</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="185" />
      <source>Your French text</source>
      <translation>Votre texte en français</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="186" />
      <source>Open a file…</source>
      <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="187" />
      <source>Read a French text saved as a .txt or .md file</source>
      <translation>Lire un texte français enregistré dans un fichier .txt ou .md</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="188" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="189" />
      <source>Read</source>
      <translation>Lire</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="213" />
      <source>%n word(s)</source>
      <translation>
        <numerusform>%n mot</numerusform>
        <numerusform>%n mots</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/paste_dialog.py" line="216" />
      <source>too long (%1 characters at most)</source>
      <translation>trop long (%1 caractères au plus)</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="../../quizapp/gui/review/section.py" line="79" />
      <source>Review</source>
      <translation>Révision</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/prefs_dictionaries.py" line="194" />
      <source>Dictionaries</source>
      <translation>Dictionnaires</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="169" />
      <location filename="../../quizapp/gui/window/preferences.py" line="195" />
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/preferences.py" line="171" />
      <source>Look and reading</source>
      <translation>Apparence et lecture</translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <location filename="../../quizapp/gui/window/problems_panel.py" line="107" />
      <source>error</source>
      <translation>erreur</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/problems_panel.py" line="107" />
      <source>warning</source>
      <translation>avertissement</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/problems_panel.py" line="111" />
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/problems_panel.py" line="150" />
      <source>No problems found in the question files.</source>
      <translation>Aucun problème dans les fichiers de questions.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/window/problems_panel.py" line="153" />
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n erreur</numerusform>
        <numerusform>%n erreurs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/window/problems_panel.py" line="155" />
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n avertissement</numerusform>
        <numerusform>%n avertissements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/window/problems_panel.py" line="157" />
      <source>%n file(s) not loaded</source>
      <translation>
        <numerusform>%n fichier non chargé</numerusform>
        <numerusform>%n fichiers non chargés</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/problems_panel.py" line="208" />
      <source>Problems in question files</source>
      <translation>Problèmes dans les fichiers de questions</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/problems_panel.py" line="210" />
      <source>Each line gives the file, line and column to fix, then the problem.</source>
      <translation>Chaque ligne donne le fichier, la ligne et la colonne à corriger, puis le problème.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/problems_panel.py" line="212" />
      <source>Problem summary</source>
      <translation>Résumé des problèmes</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/problems_panel.py" line="218" />
      <source>Double-click a problem to open its file at that line in your editor.</source>
      <translation>Double-cliquez sur un problème pour ouvrir son fichier à cette ligne dans votre éditeur.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/window/problems_panel.py" line="135" />
      <source>… and %n more problem(s), not listed here: run `quizapp check` on the file to see them all.</source>
      <translation>
        <numerusform>… et %n autre problème, non listé ici : lancez « quizapp check » sur le fichier pour les voir tous.</numerusform>
        <numerusform>… et %n autres problèmes, non listés ici : lancez « quizapp check » sur le fichier pour les voir tous.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/problems_panel.py" line="213" />
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/problems_panel.py" line="215" />
      <source>Copy the selected problems (all if none is selected) as PATH:LINE:COL</source>
      <translation>Copier les problèmes sélectionnés (tous si aucun ne l’est) sous la forme CHEMIN:LIGNE:COLONNE</translation>
    </message>
  </context>
  <context>
    <name>ProfilePicker</name>
    <message>
      <location filename="../../quizapp/gui/progress/profiles.py" line="203" />
      <source>Type the learner’s name first.</source>
      <translation>Tapez d’abord le nom de l’élève.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/profiles.py" line="152" />
      <source>Add a learner…</source>
      <translation>Ajouter un élève…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/profiles.py" line="154" />
      <source>Rename…</source>
      <translation>Renommer…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/profiles.py" line="155" />
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/profiles.py" line="163" />
      <source>Profile: %1 — switch learner, level…</source>
      <translation>Profil : %1 — changer d’apprenant, niveau…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/profiles.py" line="166" />
      <source>Each learner has their own progress</source>
      <translation>Chaque élève a sa propre progression</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/profiles.py" line="181" />
      <source>My level</source>
      <translation>Mon niveau</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/profiles.py" line="185" />
      <source>I don’t know</source>
      <translation>Je ne sais pas</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/profiles.py" line="230" />
      <location filename="../../quizapp/gui/progress/profiles.py" line="232" />
      <source>Name of the new learner</source>
      <translation>Nom du nouvel élève</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/profiles.py" line="233" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/profiles.py" line="234" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>ProgressBridge</name>
    <message>
      <location filename="../../quizapp/gui/progress/bridge.py" line="153" />
      <source>Progress is not being saved</source>
      <translation>La progression n’est pas enregistrée</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/bridge.py" line="156" />
      <source>Progress is not being saved: %1</source>
      <translation>La progression n’est pas enregistrée : %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/bridge.py" line="164" />
      <source>Your progress file was repaired</source>
      <translation>Votre fichier de progression a été réparé</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/bridge.py" line="213" />
      <source>The progress file could not be used: %1</source>
      <translation>Le fichier de progression n’a pas pu être utilisé : %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/bridge.py" line="235" />
      <source>Saved: every answer has reached the disk now.</source>
      <translation>Enregistré : toutes les réponses sont maintenant sur le disque.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/bridge.py" line="321" />
      <source>The teacher has changed %n question(s) since you stopped: they start afresh.</source>
      <translation>
        <numerusform>L’enseignant a modifié %n question depuis votre arrêt : elle repart de zéro.</numerusform>
        <numerusform>L’enseignant a modifié %n questions depuis votre arrêt : elles repartent de zéro.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/bridge.py" line="99" />
      <location filename="../../quizapp/gui/progress/bridge.py" line="399" />
      <source>Saving</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/bridge.py" line="165" />
      <source>Some recent progress could not be read back</source>
      <translation>Une partie de la progression récente n’a pas pu être relue</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/bridge.py" line="299" />
      <source>Learner 1</source>
      <translation>Élève 1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/bridge.py" line="307" />
      <source>Your progress is saved as “%1”.</source>
      <translation>Votre progression est enregistrée sous le nom « %1 ».</translation>
    </message>
  </context>
  <context>
    <name>ProgressDates</name>
    <message>
      <location filename="../../quizapp/gui/progress/dates.py" line="34" />
      <source>today</source>
      <translation>aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/dates.py" line="36" />
      <source>yesterday</source>
      <translation>hier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/dates.py" line="63" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/dates.py" line="65" />
      <source>%1 h</source>
      <translation>%1 h</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/dates.py" line="67" />
      <source>%1 d</source>
      <translation>%1 j</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/dates.py" line="69" />
      <source>%1 mo</source>
      <translation>%1 mois</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/dates.py" line="71" />
      <source>%1 y</source>
      <translation>%1 an</translation>
    </message>
  </context>
  <context>
    <name>ProgressScreens</name>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="353" />
      <source>Could not save the words</source>
      <translation>Impossible d’enregistrer les mots</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="354" />
      <source>The file %1 could not be written: %2</source>
      <translation>Le fichier %1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="364" />
      <source>Words saved in %1</source>
      <translation>Mots enregistrés dans %1</translation>
    </message>
  </context>
  <context>
    <name>QuestionList</name>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_list.py" line="318" />
      <source>Click a question, or press Enter, to see it again with its answer.</source>
      <translation>Cliquez sur une question, ou appuyez sur Entrée, pour la revoir avec sa réponse.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_list.py" line="320" />
      <source>Click a question to see it again with its answer.</source>
      <translation>Cliquez sur une question pour la revoir avec sa réponse.</translation>
    </message>
  </context>
  <context>
    <name>QuestionPage</name>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="314" />
      <source>Hint (−%1 of the points)</source>
      <translation>Indice (−%1 des points)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="232" />
      <location filename="../../quizapp/gui/quiz/question.py" line="316" />
      <location filename="../../quizapp/gui/quiz/question.py" line="395" />
      <source>Hint</source>
      <translation>Indice</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="325" />
      <source>Try again (−%1 of the points)</source>
      <translation>Réessayer (−%1 des points)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="327" />
      <source>Try again</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="358" />
      <location filename="../../quizapp/gui/quiz/question.py" line="359" />
      <location filename="../../quizapp/gui/quiz/question.py" line="374" />
      <source>Back to the summary</source>
      <translation>Retour au bilan</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="331" />
      <source>You did not answer this question.</source>
      <translation>Vous n’avez pas répondu à cette question.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="362" />
      <location filename="../../quizapp/gui/quiz/question.py" line="363" />
      <location filename="../../quizapp/gui/quiz/question.py" line="374" />
      <source>Finish (click again)</source>
      <translation>Terminer (cliquez encore)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="367" />
      <source>Finish</source>
      <translation>Terminer</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="366" />
      <location filename="../../quizapp/gui/quiz/question.py" line="373" />
      <source>See the results</source>
      <translation>Voir le bilan</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="350" />
      <source>Skip this question (Page Down)</source>
      <translation>Passer cette question (Page suiv.)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="355" />
      <source>Skip this question</source>
      <translation>Passer cette question</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="364" />
      <source>Finish now, with questions left</source>
      <translation>Terminer maintenant, avec des questions sans réponse</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="346" />
      <location filename="../../quizapp/gui/quiz/question.py" line="370" />
      <location filename="../../quizapp/gui/quiz/question.py" line="373" />
      <source>Next →</source>
      <translation>Suivante →</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="370" />
      <source>Skip →</source>
      <translation>Passer →</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="372" />
      <source>← Previous</source>
      <translation>← Précédente</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="375" />
      <source>← Prev</source>
      <comment>the previous question, short</comment>
      <translation>← Préc.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="387" />
      <source>Translate the question</source>
      <translation>Traduire la question</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="388" />
      <source>Question in English</source>
      <translation>Question en anglais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="373" />
      <location filename="../../quizapp/gui/quiz/question.py" line="389" />
      <location filename="../../quizapp/gui/review/question_page.py" line="161" />
      <source>Check</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="390" />
      <source>Check your answer (Enter)</source>
      <translation>Vérifier votre réponse (Entrée)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="391" />
      <source>Show the answer</source>
      <translation>Voir la réponse</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="353" />
      <source>Next question</source>
      <translation>Question suivante</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="367" />
      <source>Finish and see the score</source>
      <translation>Terminer et voir le score</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="368" />
      <source>End the quiz now and see your score</source>
      <translation>Terminer le quiz maintenant et voir votre score</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="396" />
      <source>Show a hint (H)</source>
      <translation>Afficher un indice (H)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="397" />
      <source>Try the question again (R)</source>
      <translation>Refaire la question (R)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="398" />
      <source>Show the right answer (S)</source>
      <translation>Voir la bonne réponse (S)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="392" />
      <source>Previous question (Page Up)</source>
      <translation>Question précédente (Page préc.)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="393" />
      <source>Previous question</source>
      <translation>Question précédente</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="348" />
      <source>Next question (Page Down)</source>
      <translation>Question suivante (Page suiv.)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="394" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/question_page.py" line="120" />
      <source>Answer first, then check.</source>
      <translation>Répondez d’abord, puis vérifiez.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/question_page.py" line="124" />
      <source>Not quite: try once more.</source>
      <translation>Pas tout à fait : essayez encore une fois.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/question_page.py" line="162" />
      <source>Continue</source>
      <translation>Continuer</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/question_page.py" line="163" />
      <source>The article</source>
      <translation>L’article</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/question.py" line="230" />
      <source>Hint (costs %1 of the points)</source>
      <translation>Indice (coûte %1 des points)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/question.py" line="262" />
      <source>%n question(s) answered</source>
      <translation>
        <numerusform>%n question traitée</numerusform>
        <numerusform>%n questions traitées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/question.py" line="268" />
      <source>%n answered</source>
      <translation>
        <numerusform>%n réponse donnée</numerusform>
        <numerusform>%n réponses données</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>QuestionStrip</name>
    <message>
      <location filename="../../quizapp/gui/quiz/strip.py" line="322" />
      <source>right</source>
      <translation>juste</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/strip.py" line="323" />
      <source>partly right</source>
      <translation>en partie juste</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/strip.py" line="324" />
      <source>wrong</source>
      <translation>fausse</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/strip.py" line="325" />
      <source>answered</source>
      <translation>répondue</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/strip.py" line="326" />
      <source>skipped</source>
      <translation>passée</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/strip.py" line="327" />
      <source>not answered yet</source>
      <translation>pas encore répondue</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/strip.py" line="377" />
      <source>Question %1: %2</source>
      <translation>Question %1 : %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/strip.py" line="379" />
      <source>(current)</source>
      <translation>(en cours)</translation>
    </message>
  </context>
  <context>
    <name>QuickLinks</name>
    <message>
      <location filename="../../quizapp/gui/library/quick_links.py" line="113" />
      <source>More ▾</source>
      <translation>Plus ▾</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/quick_links.py" line="114" />
      <source>More links</source>
      <translation>Plus de liens</translation>
    </message>
  </context>
  <context>
    <name>QuizFormat</name>
    <message>
      <location filename="../../quizapp/gui/progress/dates.py" line="18" />
      <location filename="../../quizapp/gui/quiz/numbers.py" line="19" />
      <location filename="../../quizapp/gui/window/locale_format.py" line="17" />
      <source>en_GB</source>
      <comment>locale used to write numbers</comment>
      <translation>fr_FR</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz_format.py" line="55" />
      <source>%1 / %2 point(s)</source>
      <translation>
        <numerusform>%1 / %2 point</numerusform>
        <numerusform>%1 / %2 points</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz_format.py" line="64" />
      <source>%1 point(s)</source>
      <translation>
        <numerusform>%1 point</numerusform>
        <numerusform>%1 points</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>QuizHeader</name>
    <message>
      <location filename="../../quizapp/gui/quiz/page_head.py" line="89" />
      <source>Practice</source>
      <translation>Entraînement</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/page_head.py" line="89" />
      <source>Test</source>
      <translation>Test</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/page_head.py" line="91" />
      <source>Practice · %n tries</source>
      <translation>
        <numerusform>Entraînement · %n essai</numerusform>
        <numerusform>Entraînement · %n essais</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/page_head.py" line="93" />
      <source>%1 · review of your mistakes</source>
      <translation>%1 · révision de vos erreurs</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/page_head.py" line="96" />
      <source>Question %1 of %2</source>
      <translation>Question %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/page_head.py" line="97" />
      <source>%1 / %2</source>
      <comment>question number / questions</comment>
      <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/page_head.py" line="104" />
      <source>%n question(s) answered</source>
      <translation>
        <numerusform>%n question traitée</numerusform>
        <numerusform>%n questions traitées</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/page_head.py" line="105" />
      <source>Questions</source>
      <translation>Questions</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/page_head.py" line="109" />
      <source>Your score so far</source>
      <translation>Votre score jusqu’ici</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/page_head.py" line="111" />
      <source>%n answered</source>
      <translation>
        <numerusform>%n réponse donnée</numerusform>
        <numerusform>%n réponses données</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/page_head.py" line="119" />
      <source>Feedback after each question: you see whether you are right and the answer, with retries when the quiz allows them. A test shows it all at the end.</source>
      <translation>Correction après chaque question : vous voyez si vous avez juste et la réponse, avec des réessais quand le quiz les permet. Un test montre tout à la fin.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/page_head.py" line="123" />
      <source>One answer per question, which you can change until you finish; no feedback until the end. Practice shows each answer as you go.</source>
      <translation>Une réponse par question, modifiable jusqu’à la fin ; pas de correction avant la fin. L’entraînement montre chaque réponse au fur et à mesure.</translation>
    </message>
  </context>
  <context>
    <name>QuizPanel</name>
    <message>
      <location filename="../../quizapp/gui/quiz/panel.py" line="231" />
      <source>Answer the question first.</source>
      <translation>Répondez d’abord à la question.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/panel.py" line="309" />
      <source>%n question(s) not answered yet (they count 0). Click Finish again to end the quiz.</source>
      <translation>
        <numerusform>%n question sans réponse (elle compte 0). Cliquez de nouveau sur Terminer pour finir le quiz.</numerusform>
        <numerusform>%n questions sans réponse (elles comptent 0). Cliquez de nouveau sur Terminer pour finir le quiz.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReadingHint</name>
    <message>
      <location filename="../../quizapp/gui/reading/first_hint.py" line="81" />
      <source>Click the sentences that answer the question.</source>
      <translation>Cliquez sur les phrases qui répondent à la question.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/first_hint.py" line="83" />
      <location filename="../../quizapp/gui/reading/first_hint.py" line="87" />
      <source>Click a word to translate it</source>
      <translation>Cliquez sur un mot pour le traduire</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/first_hint.py" line="86" />
      <source>Click a word to translate it · T translates the sentence</source>
      <translation>Cliquez sur un mot pour le traduire · T traduit la phrase</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/first_hint.py" line="101" />
      <location filename="../../quizapp/gui/reading/first_hint.py" line="102" />
      <source>Hide this tip</source>
      <translation>Masquer cette astuce</translation>
    </message>
  </context>
  <context>
    <name>ReadingProgress</name>
    <message>
      <location filename="../../quizapp/gui/reading/progress_line.py" line="70" />
      <source>Reading progress</source>
      <translation>Progression de la lecture</translation>
    </message>
  </context>
  <context>
    <name>ReadingView</name>
    <message>
      <location filename="../../quizapp/gui/reading/chrome.py" line="104" />
      <source>Carry on from question %1 of %2</source>
      <translation>Reprendre à la question %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/chrome.py" line="106" />
      <source>Resume the quiz</source>
      <translation>Reprendre le quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/chrome.py" line="108" />
      <source>Best score: %1. Answer the questions again</source>
      <translation>Meilleur score : %1. Répondre de nouveau aux questions</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/chrome.py" line="111" />
      <source>Redo the quiz</source>
      <translation>Refaire le quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/chrome.py" line="118" />
      <source>Exercises made from your text: its words and its sentences</source>
      <translation>Exercices créés à partir de votre texte : ses mots et ses phrases</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/chrome.py" line="122" />
      <source>Resume the exercises</source>
      <translation>Reprendre les exercices</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/chrome.py" line="124" />
      <source>Redo the exercises</source>
      <translation>Refaire les exercices</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/chrome.py" line="125" />
      <source>Exercises</source>
      <translation>Exercices</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/chrome.py" line="228" />
      <source>Library</source>
      <translation>Bibliothèque</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/chrome.py" line="229" />
      <source>Translation</source>
      <comment>English translation, narrow</comment>
      <translation>Traduction</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/view.py" line="368" />
      <source>How to read</source>
      <translation>Comment lire</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/view.py" line="369" />
      <source>Article text</source>
      <translation>Texte de l’article</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/view.py" line="372" />
      <source>Up and Down move between sentences, T shows the current sentence in English, G lists its glossed words.</source>
      <translation>Haut et Bas passent d’une phrase à l’autre, T affiche la phrase courante en anglais, G liste ses mots du glossaire.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/view.py" line="382" />
      <source>Back to the library</source>
      <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/view.py" line="383" />
      <source>English translation</source>
      <translation>Traduction anglaise</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/reading/view.py" line="384" />
      <source>Start the quiz</source>
      <translation>Commencer le quiz</translation>
    </message>
  </context>
  <context>
    <name>RecentMenu</name>
    <message>
      <location filename="../../quizapp/gui/window/recent_menu.py" line="29" />
      <source>No folder yet</source>
      <translation>Aucun dossier pour l’instant</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/recent_menu.py" line="34" />
      <source>Recent folders</source>
      <translation>Dossiers récents</translation>
    </message>
  </context>
  <context>
    <name>ReviewChip</name>
    <message>
      <location filename="../../quizapp/gui/library/review_chip.py" line="29" />
      <source>Reviews up to date</source>
      <translation>Révisions à jour</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/review_chip.py" line="31" />
      <source>Reviews up to date · more later today</source>
      <translation>Révisions à jour · d’autres plus tard aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/review_chip.py" line="33" />
      <source>Reviews up to date · next tomorrow</source>
      <translation>Révisions à jour · prochaine demain</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/review_chip.py" line="35" />
      <source>Reviews up to date · next on %1</source>
      <comment>a weekday</comment>
      <translation>Révisions à jour · prochaine %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/review_chip.py" line="37" />
      <source>Reviews up to date · next on %1</source>
      <comment>a date</comment>
      <translation>Révisions à jour · prochaine le %1</translation>
    </message>
  </context>
  <context>
    <name>ReviewHookup</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/hookup.py" line="95" />
      <source>%n word(s)</source>
      <translation>
        <numerusform>%n mot</numerusform>
        <numerusform>%n mots</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/hookup.py" line="97" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/hookup.py" line="104" />
      <source>Nothing to review</source>
      <translation>Rien à revoir</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/hookup.py" line="105" />
      <source>Review %1</source>
      <translation>Revoir %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/hookup.py" line="126" />
      <source>%1 to review today: seeing them again now helps them stick</source>
      <translation>%1 à revoir aujourd’hui : les revoir maintenant aide à les retenir</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/hookup.py" line="130" />
      <source>Nothing to review today: words you look up come back here</source>
      <translation>Rien à revoir aujourd’hui : les mots que vous cherchez reviennent ici</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/hookup.py" line="296" />
      <source>Nothing to review right now.</source>
      <translation>Rien à revoir pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/hookup.py" line="299" />
      <source>Reviewed: %1</source>
      <translation>Revu : %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/hookup.py" line="298" />
      <source>%n word(s) reviewed</source>
      <translation>
        <numerusform>%n mot revu</numerusform>
        <numerusform>%n mots revus</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/hookup.py" line="98" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/hookup.py" line="122" />
      <source>Review</source>
      <translation>Réviser</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/hookup.py" line="247" />
      <source>%n card(s) reviewed</source>
      <translation>
        <numerusform>%n carte revue</numerusform>
        <numerusform>%n cartes revues</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/hookup.py" line="106" />
      <source>%n word(s) or question(s) to review today (spaced repetition)</source>
      <translation>
        <numerusform>%n mot ou question à revoir aujourd’hui (répétition espacée)</numerusform>
        <numerusform>%n mots ou questions à revoir aujourd’hui (répétition espacée)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewSection</name>
    <message>
      <location filename="../../quizapp/gui/review/section.py" line="64" />
      <source>&amp;Aim to remember:</source>
      <translation>&amp;Objectif de mémorisation :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/section.py" line="67" />
      <source>The share of words you should still know when they come back (0.90: 9 in 10, as in Anki; higher means more reviews)</source>
      <translation>La part des mots dont vous devriez encore vous souvenir quand ils reviennent (0,90 : 9 sur 10, comme dans Anki ; plus haut, plus de révisions)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/section.py" line="71" />
      <source>&amp;New words a day:</source>
      <translation>&amp;Nouveaux mots par jour :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/section.py" line="73" />
      <source>Words and questions reviewed for the first time, per day</source>
      <translation>Mots et questions revus pour la première fois, par jour</translation>
    </message>
  </context>
  <context>
    <name>ReviewView</name>
    <message>
      <location filename="../../quizapp/gui/review/screen.py" line="217" />
      <source>%1 / %2</source>
      <translation>%1 / %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/screen.py" line="219" />
      <source>Review %1 of %2</source>
      <translation>Révision %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/screen.py" line="268" />
      <source>Review</source>
      <translation>Réviser</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/screen.py" line="269" />
      <location filename="../../quizapp/gui/review/screen.py" line="270" />
      <source>Settings</source>
      <translation>Réglages</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/screen.py" line="271" />
      <source>How much to remember, and new words a day</source>
      <translation>Objectif de mémorisation et nouveaux mots par jour</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/screen.py" line="211" />
      <source>%n right</source>
      <translation>
        <numerusform>%n juste</numerusform>
        <numerusform>%n justes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/screen.py" line="213" />
      <source>%n to see again soon</source>
      <translation>
        <numerusform>%n à revoir bientôt</numerusform>
        <numerusform>%n à revoir bientôt</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewWhen</name>
    <message>
      <location filename="../../quizapp/gui/review/when_words.py" line="24" />
      <source>%1:%2 %3</source>
      <comment>a time: %1 hour of 12, %2 minutes, %3 am/pm, %4 hour of 24</comment>
      <translation>%4 h %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/when_words.py" line="41" />
      <source>Next review today around %1</source>
      <translation>Prochaine révision aujourd’hui vers %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/when_words.py" line="43" />
      <source>Next review tomorrow around %1</source>
      <translation>Prochaine révision demain vers %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/when_words.py" line="45" />
      <source>Next review on %1</source>
      <comment>a weekday</comment>
      <translation>Prochaine révision %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/when_words.py" line="47" />
      <source>Next review on %1</source>
      <comment>a date</comment>
      <translation>Prochaine révision le %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/when_words.py" line="58" />
      <source>%1 and %2 by tomorrow</source>
      <comment>%1 words, %2 questions</comment>
      <translation>%1 et %2 d’ici demain</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/when_words.py" line="55" />
      <source>%n word(s) by tomorrow</source>
      <translation>
        <numerusform>%n mot d’ici demain</numerusform>
        <numerusform>%n mots d’ici demain</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/when_words.py" line="55" />
      <source>%n question(s) by tomorrow</source>
      <translation>
        <numerusform>%n question d’ici demain</numerusform>
        <numerusform>%n questions d’ici demain</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/when_words.py" line="55" />
      <source>%n word(s)</source>
      <translation>
        <numerusform>%n mot</numerusform>
        <numerusform>%n mots</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/review/when_words.py" line="55" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SaveBanner</name>
    <message>
      <location filename="../../quizapp/gui/window/save_banner.py" line="125" />
      <source>Try again now</source>
      <translation>Réessayer maintenant</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/save_banner.py" line="126" />
      <source>Try to save the waiting answers now</source>
      <translation>Essayer tout de suite d’enregistrer les réponses en attente</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/save_banner.py" line="127" />
      <location filename="../../quizapp/gui/window/save_banner.py" line="128" />
      <source>Hide this message</source>
      <translation>Masquer ce message</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/save_banner.py" line="129" />
      <source>Saving</source>
      <translation>Enregistrement</translation>
    </message>
  </context>
  <context>
    <name>ShortAnswer</name>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_text.py" line="80" />
      <source>Your answer</source>
      <translation>Votre réponse</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_text.py" line="106" />
      <source>Accepted answer: %1</source>
      <translation>Réponse acceptée : %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/short_hint.py" line="19" />
      <source>A number</source>
      <translation>Un nombre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/short_hint.py" line="21" />
      <source>In French, in words or figures</source>
      <translation>En français, en lettres ou en chiffres</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/short_hint.py" line="22" />
      <source>Your answer in French</source>
      <translation>Votre réponse en français</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="38" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="39" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="40" />
      <source>&amp;Reading</source>
      <translation>&amp;Lecture</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="41" />
      <source>&amp;Language</source>
      <translation>Lan&amp;gue</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="43" />
      <source>&amp;Help</source>
      <translation>Ai&amp;de</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="50" />
      <source>Paste a text…</source>
      <translation>Coller un texte…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="52" />
      <source>Read a French text of your own: paste it, then Read</source>
      <translation>Lire un texte en français de votre choix : collez-le, puis Lire</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="57" />
      <source>Open a text file…</source>
      <translation>Ouvrir un texte…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="59" />
      <source>Read a French text saved as a .txt or .md file</source>
      <translation>Lire un texte français enregistré dans un fichier .txt ou .md</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="60" />
      <source>Open a file</source>
      <translation>Ouvrir un fichier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="65" />
      <source>Open folder…</source>
      <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="67" />
      <source>Choose another folder of articles</source>
      <translation>Choisir un autre dossier d’articles</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="72" />
      <source>Open article file…</source>
      <translation>Ouvrir un fichier d’article…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="74" />
      <source>Preview one article file (for teachers)</source>
      <translation>Prévisualiser un fichier d’article (pour les enseignants)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="79" />
      <source>Open my articles folder</source>
      <translation>Ouvrir le dossier Mes articles</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="81" />
      <source>Show the folder of your own articles in the file manager</source>
      <translation>Afficher le dossier de vos propres articles dans le gestionnaire de fichiers</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="93" />
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="95" />
      <source>Close quizapp</source>
      <translation>Fermer quizapp</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="100" />
      <source>Back to the library</source>
      <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="102" />
      <source>Return to the list of articles</source>
      <translation>Revenir à la liste des articles</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="108" />
      <source>Search the library</source>
      <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="110" />
      <source>Find an article by its French or English title</source>
      <translation>Trouver un article par son titre français ou anglais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="115" />
      <source>Problems panel</source>
      <translation>Panneau des problèmes</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="117" />
      <source>Show or hide the problems found in question files</source>
      <translation>Afficher ou masquer les problèmes trouvés dans les fichiers de questions</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="152" />
      <source>Next sentence</source>
      <translation>Phrase suivante</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="154" />
      <source>Move to the next sentence</source>
      <translation>Passer à la phrase suivante</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="160" />
      <source>Previous sentence</source>
      <translation>Phrase précédente</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="162" />
      <source>Move to the previous sentence</source>
      <translation>Revenir à la phrase précédente</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="168" />
      <source>Show the sentence in English</source>
      <translation>Afficher la phrase en anglais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="170" />
      <source>Show or hide the English of the current sentence</source>
      <translation>Afficher ou masquer la traduction anglaise de la phrase courante</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="176" />
      <source>Words of the sentence</source>
      <translation>Mots de la phrase</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="178" />
      <source>List the glossed words of the current sentence</source>
      <translation>Lister les mots du glossaire dans la phrase courante</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="184" />
      <source>Start the quiz</source>
      <translation>Commencer le quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="186" />
      <source>Answer this article's comprehension questions</source>
      <translation>Répondre aux questions de compréhension de cet article</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="191" />
      <source>Français</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="193" />
      <source>Show the interface in French</source>
      <translation>Afficher l’interface en français</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="199" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="201" />
      <source>Show the interface in English</source>
      <translation>Afficher l’interface en anglais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="214" />
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="216" />
      <source>List every keyboard shortcut</source>
      <translation>Lister tous les raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="221" />
      <source>About quizapp</source>
      <translation>À propos de quizapp</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="223" />
      <source>Version and purpose of quizapp</source>
      <translation>Version et objet de quizapp</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/hookup.py" line="25" />
      <source>Previous question</source>
      <translation>Question précédente</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/hookup.py" line="27" />
      <source>Go back to the previous quiz question</source>
      <translation>Revenir à la question précédente du quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/hookup.py" line="33" />
      <source>Next question</source>
      <translation>Question suivante</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/hookup.py" line="35" />
      <source>Go on to the next quiz question</source>
      <translation>Passer à la question suivante du quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="29" />
      <source>&amp;Progress</source>
      <translation>&amp;Progression</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="30" />
      <source>Switch &amp;learner</source>
      <translation>Changer d’é&amp;lève</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="36" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="38" />
      <source>Your results over time, article by article</source>
      <translation>Vos résultats au fil du temps, article par article</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="43" />
      <source>Review my mistakes</source>
      <translation>Revoir mes erreurs</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="45" />
      <source>The questions you last answered below full marks</source>
      <translation>Les questions dont votre dernière réponse n’a pas eu tous les points</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="57" />
      <source>My words</source>
      <translation>Mes mots</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="59" />
      <source>Every word you looked up, to export to Anki</source>
      <translation>Tous les mots que vous avez cherchés, à exporter vers Anki</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="64" />
      <source>New learner…</source>
      <translation>Nouvel élève…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="66" />
      <source>Add a learner with their own progress</source>
      <translation>Ajouter un élève avec sa propre progression</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="42" />
      <source>&amp;Tools</source>
      <translation>&amp;Outils</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="207" />
      <source>Dictionaries…</source>
      <translation>Dictionnaires…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="209" />
      <source>The offline dictionaries: on or off, and their order</source>
      <translation>Les dictionnaires hors ligne : activés ou non, et leur ordre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="50" />
      <source>Review</source>
      <translation>Réviser</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/screens.py" line="52" />
      <source>The words and questions you are about to forget, due now</source>
      <translation>Les mots et les questions que vous allez oublier, à revoir maintenant</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/known.py" line="33" />
      <source>Colour my words</source>
      <translation>Colorer mes mots</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/known.py" line="35" />
      <source>Tint the words you have looked up or saved</source>
      <translation>Teinter les mots que vous avez cherchés ou ajoutés</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/known.py" line="41" />
      <source>Colour all new words</source>
      <translation>Colorer aussi les mots nouveaux</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/known.py" line="43" />
      <source>Tint the words you have never met, as well as yours</source>
      <translation>Teinter aussi les mots jamais rencontrés, en plus des vôtres</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/known.py" line="49" />
      <source>Mark the word known</source>
      <translation>Marquer le mot comme connu</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/known.py" line="51" />
      <source>The word you clicked last is known (again: learning)</source>
      <translation>Le dernier mot cliqué est connu (une seconde fois : en cours d’apprentissage)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/hookup.py" line="40" />
      <source>Check or go on (Enter in the quiz; 1–9 pick an option)</source>
      <translation>Vérifier ou continuer (Entrée dans le quiz ; 1–9 choisissent une réponse)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/hookup.py" line="42" />
      <source>In a question, keys 1 to 9 pick an option and Enter checks, then goes on; Ctrl+Enter does it from anywhere in the window</source>
      <translation>Dans une question, les touches 1 à 9 choisissent une réponse et Entrée vérifie, puis continue ; Ctrl+Entrée le fait depuis n’importe où dans la fenêtre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/hookup.py" line="52" />
      <source>Hint</source>
      <translation>Indice</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/hookup.py" line="54" />
      <source>Show the question's hint (it may cost points)</source>
      <translation>Montrer l’indice de la question (il peut coûter des points)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/hookup.py" line="59" />
      <source>Try again</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/hookup.py" line="61" />
      <source>Answer the question again</source>
      <translation>Répondre de nouveau à la question</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/hookup.py" line="66" />
      <source>Show the answer</source>
      <translation>Voir la réponse</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/hookup.py" line="68" />
      <source>Stop trying and see the right answer</source>
      <translation>Arrêter d’essayer et voir la bonne réponse</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="86" />
      <source>Preferences…</source>
      <translation>Préférences…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="88" />
      <source>Theme, text size, article font, language, quiz mode</source>
      <translation>Apparence, taille du texte, police de l’article, langue, mode de quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="123" />
      <source>Zoom in</source>
      <translation>Zoom avant</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="125" />
      <source>Make the text and the quiz larger</source>
      <translation>Agrandir le texte et le quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="130" />
      <source>Zoom out</source>
      <translation>Zoom arrière</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="132" />
      <source>Make the text and the quiz smaller</source>
      <translation>Réduire le texte et le quiz</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="137" />
      <source>Normal size</source>
      <translation>Taille normale</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="139" />
      <source>Back to the text size chosen in Preferences</source>
      <translation>Revenir à la taille de texte choisie dans les Préférences</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="144" />
      <source>English translation</source>
      <translation>Traduction anglaise</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/window/shortcuts.py" line="146" />
      <source>Show the English beside every French sentence</source>
      <translation>Afficher l’anglais à côté de chaque phrase française</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/hookup.py" line="30" />
      <source>Listen to the word</source>
      <translation>Écouter le mot</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/hookup.py" line="32" />
      <source>Say the word of the open glossary card aloud</source>
      <translation>Prononcer le mot de la fiche ouverte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/hookup.py" line="38" />
      <source>Listen to the sentence</source>
      <translation>Écouter la phrase</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/hookup.py" line="40" />
      <source>Say the current sentence aloud</source>
      <translation>Lire à voix haute la phrase en cours</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/hookup.py" line="46" />
      <source>Read aloud</source>
      <translation>Lecture à voix haute</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/hookup.py" line="48" />
      <source>Read the article aloud from the current sentence on</source>
      <translation>Lire l’article à voix haute à partir de la phrase en cours</translation>
    </message>
  </context>
  <context>
    <name>Sparkline</name>
    <message>
      <location filename="../../quizapp/gui/progress/chart.py" line="59" />
      <source>Results over time</source>
      <translation>Résultats au fil du temps</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/chart.py" line="61" />
      <source>No finished quiz yet</source>
      <translation>Aucun quiz terminé pour l’instant</translation>
    </message>
  </context>
  <context>
    <name>SpeechHookup</name>
    <message>
      <location filename="../../quizapp/gui/speech/hookup.py" line="225" />
      <source>Listen</source>
      <translation>Écouter</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/hookup.py" line="226" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/hookup.py" line="227" />
      <source>Read the article aloud</source>
      <translation>Lire l’article à voix haute</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/hookup.py" line="228" />
      <source>Pause the reading aloud</source>
      <translation>Mettre la lecture en pause</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/hookup.py" line="229" />
      <source>Listen to the word</source>
      <translation>Écouter le mot</translation>
    </message>
  </context>
  <context>
    <name>SpeechSection</name>
    <message>
      <location filename="../../quizapp/gui/speech/section.py" line="62" />
      <source>Looking for a French voice…</source>
      <translation>Recherche d’une voix française…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/section.py" line="64" />
      <source>Install the speech extension: pip install "quizapp[speech]"</source>
      <translation>Installez l’extension vocale : pip install "quizapp[speech]"</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/section.py" line="67" />
      <source>No speech engine was found: on Linux, install speech-dispatcher and espeak-ng</source>
      <translation>Aucun moteur vocal trouvé : sous Linux, installez speech-dispatcher et espeak-ng</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/section.py" line="71" />
      <source>No French voice was found: on Linux, install speech-dispatcher and espeak-ng; on Windows and macOS, add a French voice in the system settings</source>
      <translation>Aucune voix française trouvée : sous Linux, installez speech-dispatcher et espeak-ng ; sous Windows et macOS, ajoutez une voix française dans les réglages du système</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/section.py" line="83" />
      <location filename="../../quizapp/gui/speech/section.py" line="94" />
      <source>Listening</source>
      <translation>Écoute</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/section.py" line="84" />
      <source>&amp;Voice speed:</source>
      <translation>&amp;Vitesse de la voix :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/section.py" line="85" />
      <source>Slow</source>
      <translation>Lente</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/speech/section.py" line="86" />
      <source>Normal</source>
      <translation>Normale</translation>
    </message>
  </context>
  <context>
    <name>SummaryHead</name>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="204" />
      <source>Review finished</source>
      <translation>Révision terminée</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="206" />
      <source>Practice finished</source>
      <translation>Entraînement terminé</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="206" />
      <source>Test finished</source>
      <translation>Test terminé</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="219" />
      <source>Perfect score!</source>
      <translation>Sans faute !</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="238" />
      <source>right first try</source>
      <translation>
        <numerusform>juste du premier coup</numerusform>
        <numerusform>justes du premier coup</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="239" />
      <source>Right at the first try: %1 of %n question(s).</source>
      <translation>
        <numerusform>Juste du premier coup : %1 sur %n question.</numerusform>
        <numerusform>Justes du premier coup : %1 sur %n questions.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="245" />
      <source>time spent</source>
      <translation>temps passé</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="245" />
      <source>Time spent on the quiz: %1</source>
      <translation>Temps passé sur le quiz : %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="251" />
      <source>%n word(s) looked up while reading this text and during the quiz</source>
      <translation>
        <numerusform>%n mot consulté pendant la lecture de ce texte et le quiz</numerusform>
        <numerusform>%n mots consultés pendant la lecture de ce texte et le quiz</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="268" />
      <source>Reading: 1 day in a row. See you tomorrow!</source>
      <translation>Lecture : 1 jour d’affilée. À demain !</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="269" />
      <source>Reading: %n day(s) in a row</source>
      <translation>
        <numerusform>Lecture : %n jour d’affilée</numerusform>
        <numerusform>Lecture : %n jours d’affilée</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="274" />
      <source>You read this text closely. Bravo!</source>
      <translation>Vous avez lu ce texte attentivement. Bravo !</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="276" />
      <source>Very good: you understood this text well.</source>
      <translation>Très bien : vous avez bien compris ce texte.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="278" />
      <source>Good work: more than half right. The mistakes below are worth a look.</source>
      <translation>Bon travail : plus de la moitié est juste. Les erreurs ci-dessous valent un coup d’œil.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="281" />
      <source>A good start. Each mistake below shows its sentence in the text: read it again.</source>
      <translation>Un bon début. Chaque erreur ci-dessous montre sa phrase dans le texte : relisez-la.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="284" />
      <source>This text was a hard one. Read it again with the evidence highlighted, then try once more.</source>
      <translation>Ce texte était difficile. Relisez-le avec les phrases clés surlignées, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="325" />
      <source>Exercises made from your text: %1</source>
      <translation>Exercices créés à partir de votre texte : %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="250" />
      <source>word(s) looked up</source>
      <translation>
        <numerusform>mot consulté</numerusform>
        <numerusform>mots consultés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="268" />
      <source>Reading streak: %n day(s) in a row</source>
      <translation>
        <numerusform>Série : %n jour de lecture d’affilée</numerusform>
        <numerusform>Série : %n jours de lecture d’affilée</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="200" />
      <source>%n word(s) looked up during the quiz</source>
      <translation>
        <numerusform>%n mot consulté pendant le quiz</numerusform>
        <numerusform>%n mots consultés pendant le quiz</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="183" />
      <source>right first time</source>
      <translation>
        <numerusform>du premier coup</numerusform>
        <numerusform>du premier coup</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary_head.py" line="192" />
      <source>word(s) looked up during the quiz</source>
      <translation>
        <numerusform>mot consulté pendant le quiz</numerusform>
        <numerusform>mots consultés pendant le quiz</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SummaryStats</name>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_stats.py" line="32" />
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_stats.py" line="35" />
      <source>%1 min %2 s</source>
      <translation>%1 min %2 s</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_stats.py" line="37" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_stats.py" line="39" />
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
  </context>
  <context>
    <name>SummaryView</name>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="77" />
      <location filename="../../quizapp/gui/quiz/summary_kinds.py" line="16" />
      <source>Choice</source>
      <translation>Choix unique</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="78" />
      <location filename="../../quizapp/gui/quiz/summary_kinds.py" line="17" />
      <source>Several answers</source>
      <translation>Choix multiple</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="79" />
      <location filename="../../quizapp/gui/quiz/summary_kinds.py" line="18" />
      <source>True or false</source>
      <translation>Vrai ou faux</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="80" />
      <location filename="../../quizapp/gui/quiz/summary_kinds.py" line="19" />
      <source>Short answer</source>
      <translation>Réponse courte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="81" />
      <location filename="../../quizapp/gui/quiz/summary_kinds.py" line="20" />
      <source>Fill in the blanks</source>
      <translation>Texte à trous</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="82" />
      <location filename="../../quizapp/gui/quiz/summary_kinds.py" line="21" />
      <source>Matching</source>
      <translation>Association</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="83" />
      <location filename="../../quizapp/gui/quiz/summary_kinds.py" line="22" />
      <source>Order</source>
      <translation>Remise en ordre</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/history.py" line="84" />
      <location filename="../../quizapp/gui/quiz/summary_kinds.py" line="23" />
      <source>Find the sentence</source>
      <translation>Trouver la phrase</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="222" />
      <source>Paste a text of your own</source>
      <translation>Coller un texte de votre choix</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="223" />
      <source>Next article →</source>
      <translation>Article suivant →</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="271" />
      <source>Right</source>
      <translation>Bonne réponse</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="272" />
      <source>Partly right</source>
      <translation>En partie juste</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="273" />
      <source>Wrong</source>
      <translation>Mauvaise réponse</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="274" />
      <source>Skipped</source>
      <translation>Passée</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="287" />
      <source>Question %1</source>
      <translation>Question %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary.py" line="290" />
      <source>%n attempt(s)</source>
      <translation>
        <numerusform>%n essai</numerusform>
        <numerusform>%n essais</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="292" />
      <source>hint used</source>
      <translation>indice utilisé</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="293" />
      <source>Your answer: </source>
      <translation>Votre réponse : </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="295" />
      <source>Right answer: </source>
      <translation>Bonne réponse : </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="307" />
      <source>In the text: </source>
      <translation>Dans le texte : </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/quiz/summary.py" line="321" />
      <source>Review mistakes (%n)</source>
      <translation>
        <numerusform>Revoir les erreurs (%n)</numerusform>
        <numerusform>Revoir les erreurs (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="322" />
      <source>Review mistakes</source>
      <translation>Revoir les erreurs</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="220" />
      <source>Back to the library</source>
      <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="341" />
      <source>Next article: %1</source>
      <translation>Article suivant : %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="385" />
      <source>Your answers</source>
      <translation>Vos réponses</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="387" />
      <source>Questions and scores</source>
      <translation>Questions et scores</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="389" />
      <source>Answer again only the questions not at full marks</source>
      <translation>Répondre de nouveau aux seules questions sans tous les points</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="390" />
      <source>Start again</source>
      <translation>Recommencer</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="391" />
      <source>Back to the text</source>
      <translation>Retour au texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary.py" line="189" />
      <source>Go on: part %1 (questions %2–%3)</source>
      <translation>Continuer : partie %1 (questions %2 à %3)</translation>
    </message>
  </context>
  <context>
    <name>TextFiles</name>
    <message>
      <location filename="../../quizapp/gui/library/text_files.py" line="35" />
      <source>This file is larger than %1 KB. Open a shorter text: one article or one chapter saved on its own.</source>
      <translation>Ce fichier dépasse %1 Ko. Ouvrez un texte plus court : un article ou un chapitre enregistré à part.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/text_files.py" line="41" />
      <source>This file is not plain text (a document, a picture or a program?). Save your text as plain text (.txt) first, or copy it and use Paste a text.</source>
      <translation>Ce fichier n’est pas du texte brut (un document, une image, un programme ?). Enregistrez d’abord votre texte en texte brut (.txt), ou copiez-le et utilisez Coller un texte.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/text_files.py" line="47" />
      <source>Only plain text files (.txt, .md) can be opened. Save your text as plain text first, or copy it and use Paste a text.</source>
      <translation>Seuls les fichiers de texte brut (.txt, .md) peuvent être ouverts. Enregistrez d’abord votre texte en texte brut, ou copiez-le et utilisez Coller un texte.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/text_files.py" line="53" />
      <source>This file could not be read. Check that it still exists and can be opened.</source>
      <translation>Ce fichier n’a pas pu être lu. Vérifiez qu’il existe toujours et qu’il peut être ouvert.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/text_files.py" line="58" />
      <source>This file is empty. Choose a file with a French text in it.</source>
      <translation>Ce fichier est vide. Choisissez un fichier qui contient un texte en français.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/text_files.py" line="63" />
      <source>This text is too long: at most %1 characters. Keep one chapter or one article in the file, or paste a part of it.</source>
      <translation>Ce texte est trop long : %1 caractères au plus. Gardez un chapitre ou un article dans le fichier, ou collez-en une partie.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/text_files.py" line="68" />
      <source>This does not look like a French text. Choose a file written in French (a few sentences at least).</source>
      <translation>Ce texte ne semble pas être en français. Choisissez un fichier écrit en français (quelques phrases au moins).</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/text_files.py" line="78" />
      <source>The file was not in UTF-8: it was read as %1. If an accent looks wrong, save the file as UTF-8 and open it again.</source>
      <translation>Le fichier n’était pas en UTF-8 : il a été lu comme %1. Si un accent semble faux, enregistrez le fichier en UTF-8 et ouvrez-le à nouveau.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/text_files.py" line="101" />
      <source>Open a text file</source>
      <translation>Ouvrir un texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/text_files.py" line="107" />
      <source>Text files (*.txt *.md)</source>
      <translation>Fichiers texte (*.txt *.md)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/text_files.py" line="108" />
      <source>All files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/text_files.py" line="134" />
      <source>This file cannot be read</source>
      <translation>Ce fichier ne peut pas être lu</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/text_files.py" line="137" />
      <source>“%1” was not opened.</source>
      <translation>« %1 » n’a pas été ouvert.</translation>
    </message>
  </context>
  <context>
    <name>TrueFalseAnswer</name>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_choice.py" line="355" />
      <source>True, false, or not given in the text?</source>
      <translation>Vrai, faux ou non mentionné dans le texte ?</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_choice.py" line="356" />
      <source>True or false?</source>
      <translation>Vrai ou faux ?</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_choice.py" line="357" />
      <source>True</source>
      <translation>Vrai</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_choice.py" line="357" />
      <source>False</source>
      <translation>Faux</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/answer_choice.py" line="357" />
      <source>Not given</source>
      <translation>Non mentionné</translation>
    </message>
  </context>
  <context>
    <name>UnsavedRescue</name>
    <message>
      <location filename="../../quizapp/gui/progress/rescue.py" line="50" />
      <source>Progress lost</source>
      <translation>Progression perdue</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/rescue.py" line="52" />
      <source>Some of your progress (%n item(s)) could not be saved: neither the progress file nor a file of its own in %1 or %2 could be written (%3).</source>
      <translation>
        <numerusform>Une partie de votre progression (%n élément) n’a pas pu être enregistrée : ni le fichier de progression ni un fichier à part dans %1 ou %2 n’ont pu être écrits (%3).</numerusform>
        <numerusform>Une partie de votre progression (%n éléments) n’a pas pu être enregistrée : ni le fichier de progression ni un fichier à part dans %1 ou %2 n’ont pu être écrits (%3).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/rescue.py" line="64" />
      <source>Some of your progress (%n item(s)) could not be saved in the progress file. It is kept in this file:

%1

quizapp adds it to your progress the next time it starts. Keep the file until then.</source>
      <translation>
        <numerusform>Une partie de votre progression (%n élément) n’a pas pu être enregistrée dans le fichier de progression. Elle est gardée dans ce fichier :

%1

quizapp l’ajoutera à votre progression au prochain démarrage. Gardez ce fichier d’ici là.</numerusform>
        <numerusform>Une partie de votre progression (%n éléments) n’a pas pu être enregistrée dans le fichier de progression. Elle est gardée dans ce fichier :

%1

quizapp l’ajoutera à votre progression au prochain démarrage. Gardez ce fichier d’ici là.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/rescue.py" line="70" />
      <source>Progress kept in a file</source>
      <translation>Progression gardée dans un fichier</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/rescue.py" line="96" />
      <source>%1 was left as it is: %2</source>
      <translation>%1 a été laissé tel quel : %2</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/rescue.py" line="104" />
      <source>The answers kept in %1 could not be added yet (%2); they stay in that file and are tried again at the next start.</source>
      <translation>Les réponses gardées dans %1 n’ont pas encore pu être ajoutées (%2) ; elles restent dans ce fichier et seront ajoutées au prochain démarrage.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/rescue.py" line="114" />
      <source>The progress kept in %1 when quizapp last closed is now saved (%n item(s)); the file is renamed %2.</source>
      <translation>
        <numerusform>La progression gardée dans %1 à la dernière fermeture de quizapp est maintenant enregistrée (%n élément) ; le fichier est renommé %2.</numerusform>
        <numerusform>La progression gardée dans %1 à la dernière fermeture de quizapp est maintenant enregistrée (%n éléments) ; le fichier est renommé %2.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/rescue.py" line="135" />
      <source>Progress from the last time</source>
      <translation>Progression de la dernière fois</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/rescue.py" line="85" />
      <source>%1 was not read, since another user could have written it (%2). Delete it if you did not leave it there.</source>
      <translation>%1 n’a pas été lu, car un autre utilisateur a pu l’écrire (%2). Supprimez-le si ce n’est pas vous qui l’y avez laissé.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/rescue.py" line="125" />
      <source>%n record(s) of that file could not be added and are set aside in %1: %2</source>
      <translation>
        <numerusform>%n enregistrement de ce fichier n’a pas pu être ajouté et est mis de côté dans %1 : %2</numerusform>
        <numerusform>%n enregistrements de ce fichier n’ont pas pu être ajoutés et sont mis de côté dans %1 : %2</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>VerdictMark</name>
    <message>
      <location filename="../../quizapp/gui/quiz/verdict_mark.py" line="29" />
      <source>Right!</source>
      <translation>Bonne réponse !</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/verdict_mark.py" line="30" />
      <source>Exactly.</source>
      <translation>Exactement.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/verdict_mark.py" line="31" />
      <source>Well spotted!</source>
      <translation>Bien vu !</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/verdict_mark.py" line="32" />
      <source>That’s it!</source>
      <translation>C’est ça !</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/verdict_mark.py" line="44" />
      <source>Not quite.</source>
      <translation>Pas tout à fait.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/verdict_mark.py" line="48" />
      <location filename="../../quizapp/gui/quiz/verdict_mark.py" line="74" />
      <source>Partly right</source>
      <translation>En partie juste</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/verdict_mark.py" line="72" />
      <source>Right</source>
      <translation>Bonne réponse</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/verdict_mark.py" line="73" />
      <source>Wrong</source>
      <translation>Mauvaise réponse</translation>
    </message>
  </context>
  <context>
    <name>WeekStrip</name>
    <message>
      <location filename="../../quizapp/gui/library/week_strip.py" line="81" />
      <source>Last seven days: the daily goal not met yet</source>
      <translation>Ces sept derniers jours : objectif du jour pas encore atteint</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/week_strip.py" line="82" />
      <source>Last seven days: daily goal met on %1</source>
      <translation>Ces sept derniers jours : objectif du jour atteint %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/week_strip.py" line="84" />
      <source>Last seven days: no article read yet</source>
      <translation>Ces sept derniers jours : aucun article lu</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/library/week_strip.py" line="85" />
      <source>Last seven days: read on %1</source>
      <translation>Ces sept derniers jours : lu %1</translation>
    </message>
  </context>
  <context>
    <name>WelcomeCard</name>
    <message>
      <location filename="../../quizapp/gui/progress/welcome_card.py" line="83" />
      <source>Learner 1</source>
      <translation>Élève 1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/welcome_card.py" line="107" />
      <source>Welcome! Who is reading?</source>
      <translation>Bienvenue ! Qui lit ?</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/welcome_card.py" line="110" />
      <source>Your progress is kept under this name, on this computer only. You can rename it later in the Learner list.</source>
      <translation>Votre progression est gardée sous ce nom, sur cet ordinateur seulement. Vous pourrez le changer plus tard dans la liste des élèves.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/welcome_card.py" line="114" />
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/welcome_card.py" line="115" />
      <source>Start reading</source>
      <translation>Commencer à lire</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/welcome_card.py" line="116" />
      <source>Skip</source>
      <translation>Passer</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/welcome_card.py" line="117" />
      <source>Your level:</source>
      <translation>Votre niveau :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/welcome_card.py" line="118" />
      <source>I don’t know</source>
      <translation>Je ne sais pas</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/welcome_card.py" line="120" />
      <source>Level %1</source>
      <translation>Niveau %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/welcome_card.py" line="121" />
      <source>Start as “%1”</source>
      <translation>Commencer en tant que « %1 »</translation>
    </message>
  </context>
  <context>
    <name>WordBank</name>
    <message>
      <location filename="../../quizapp/gui/quiz/word_bank.py" line="237" />
      <source>%1 (placed)</source>
      <translation>%1 (placé)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/word_bank.py" line="370" />
      <source>All answers placed</source>
      <translation>Toutes les réponses sont placées</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/word_bank.py" line="371" />
      <source>All words placed</source>
      <translation>Tous les mots sont placés</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/bank_flow.py" line="49" />
      <source>Placed: %1 of %2</source>
      <translation>Placés : %1 sur %2</translation>
    </message>
  </context>
  <context>
    <name>WordChips</name>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_words.py" line="82" />
      <source>Words you looked up</source>
      <translation>Mots consultés</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_words.py" line="87" />
      <source>Click to see it in the text</source>
      <translation>Cliquez pour le voir dans le texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_words.py" line="89" />
      <source>%1: show it in the text</source>
      <translation>%1 : le voir dans le texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_words.py" line="91" />
      <source>%1, %2: show it in the text</source>
      <translation>%1, %2 : le voir dans le texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/quiz/summary_words.py" line="96" />
      <source>These words will come back in your reviews.</source>
      <translation>Ces mots reviendront dans vos révisions.</translation>
    </message>
  </context>
  <context>
    <name>WordColoursSection</name>
    <message>
      <location filename="../../quizapp/gui/review/known_section.py" line="54" />
      <location filename="../../quizapp/gui/review/known_section.py" line="66" />
      <source>Words in the text</source>
      <translation>Mots dans le texte</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/known_section.py" line="55" />
      <source>&amp;Tint:</source>
      <translation>&amp;Teinter :</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/known_section.py" line="56" />
      <source>No words</source>
      <translation>Aucun mot</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/known_section.py" line="56" />
      <source>My words</source>
      <translation>Mes mots</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/known_section.py" line="56" />
      <source>My words and new words</source>
      <translation>Mes mots et les mots nouveaux</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/known_section.py" line="60" />
      <source>My words: those you looked up or saved. New words: those you never met.</source>
      <translation>Mes mots : ceux que vous avez cherchés ou ajoutés. Mots nouveaux : ceux que vous n’avez jamais rencontrés.</translation>
    </message>
  </context>
  <context>
    <name>WordList</name>
    <message>
      <location filename="../../quizapp/gui/progress/word_list.py" line="142" />
      <source>What to do with this word</source>
      <translation>Que faire de ce mot</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/word_list.py" line="144" />
      <source>Actions for %1</source>
      <translation>Actions pour %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/word_list.py" line="147" />
      <source>Remove from My words</source>
      <translation>Retirer de mes mots</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/word_list.py" line="150" />
      <source>I’m still learning it</source>
      <translation>Je l’apprends encore</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/word_list.py" line="150" />
      <source>I know this word</source>
      <translation>Je le connais</translation>
    </message>
  </context>
  <context>
    <name>WordPage</name>
    <message>
      <location filename="../../quizapp/gui/review/word_page.py" line="374" />
      <source>From English to French</source>
      <translation>De l’anglais vers le français</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/word_page.py" line="374" />
      <source>From French to English</source>
      <translation>Du français vers l’anglais</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/word_page.py" line="376" />
      <source>Show the answer</source>
      <translation>Voir la réponse</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/word_page.py" line="377" />
      <source>Space or Enter</source>
      <translation>Espace ou Entrée</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/word_page.py" line="378" />
      <location filename="../../quizapp/gui/review/word_page.py" line="379" />
      <source>Hear the word</source>
      <translation>Entendre le mot</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/word_page.py" line="381" />
      <source>Not yet</source>
      <translation>Pas encore</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/word_page.py" line="382" />
      <source>Hard</source>
      <translation>Difficile</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/word_page.py" line="383" />
      <source>Good</source>
      <translation>Bien</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/word_page.py" line="384" />
      <source>Easy</source>
      <translation>Facile</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/word_page.py" line="390" />
      <source>Key %1</source>
      <translation>Touche %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/word_page.py" line="392" />
      <source>see it again in %1</source>
      <translation>à revoir dans %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/word_page.py" line="395" />
      <source>Keys 1 to 4 · Enter: Good</source>
      <translation>Touches 1 à 4 · Entrée : Bien</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/review/word_page.py" line="399" />
      <source>From %1</source>
      <translation>Tiré de %1</translation>
    </message>
  </context>
  <context>
    <name>WordsView</name>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="186" />
      <source>looked up %1 times</source>
      <translation>cherché %1 fois</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="188" />
      <source>looked up once</source>
      <translation>cherché une fois</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="202" />
      <source>known</source>
      <translation>connu</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="223" />
      <source>new in Review</source>
      <translation>nouveau en révision</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="226" />
      <source>due in Review</source>
      <translation>à réviser</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="227" />
      <source>Review in %1</source>
      <translation>à réviser dans %1</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="246" />
      <source>No words yet: click a word in a text to see its meaning, and it is kept here.</source>
      <translation>Aucun mot pour l’instant : cliquez sur un mot d’un texte pour voir son sens, il sera gardé ici.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/words.py" line="250" />
      <source>%n word(s) looked up</source>
      <translation>
        <numerusform>%n mot cherché</numerusform>
        <numerusform>%n mots cherchés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/progress/words.py" line="253" />
      <source>%1 of %n word(s) shown</source>
      <translation>
        <numerusform>%1 sur %n mot affiché</numerusform>
        <numerusform>%1 sur %n mots affichés</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="289" />
      <source>Save the words for Anki</source>
      <translation>Enregistrer les mots pour Anki</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="289" />
      <source>Save the words as CSV</source>
      <translation>Enregistrer les mots en CSV</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="294" />
      <source>Anki text files (*.txt *.tsv)</source>
      <translation>Fichiers texte Anki (*.txt *.tsv)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="294" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="311" />
      <source>My words</source>
      <translation>Mes mots</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="312" />
      <source>Find a word, a meaning or a sentence</source>
      <translation>Chercher un mot, un sens ou une phrase</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="313" />
      <source>Find a word</source>
      <translation>Chercher un mot</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="314" />
      <source>Export ▾</source>
      <translation>Exporter ▾</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="315" />
      <source>Save your words for Anki or as a spreadsheet</source>
      <translation>Enregistrer vos mots pour Anki ou dans un tableur</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="316" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="317" />
      <source>Anki (TSV)…</source>
      <translation>Anki (TSV)…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="318" />
      <source>Save every word as flash cards to import into Anki</source>
      <translation>Enregistrer tous les mots en cartes à importer dans Anki</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="319" />
      <source>CSV…</source>
      <translation>CSV…</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="320" />
      <source>Save every word as a spreadsheet file</source>
      <translation>Enregistrer tous les mots dans un fichier de tableur</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="321" />
      <source>Words you looked up</source>
      <translation>Mots consultés</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="323" />
      <source>Your words will gather here</source>
      <translation>Vos mots se rassembleront ici</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="325" />
      <source>Click a word in a text to see its meaning: it is kept here with its sentence, comes back in Review, and can go to Anki.</source>
      <translation>Cliquez sur un mot d’un texte pour voir son sens : il est gardé ici avec sa phrase, revient dans Réviser et peut partir vers Anki.</translation>
    </message>
    <message>
      <location filename="../../quizapp/gui/progress/words.py" line="328" />
      <source>Choose an article</source>
      <translation>Choisir un article</translation>
    </message>
  </context>
</TS>