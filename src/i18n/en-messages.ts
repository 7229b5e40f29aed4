/**
 * The interface's English text, the reference dictionary: its keys are every message's key, and
 * its `{name}`s are the values each message takes (see messages.ts). English plurals have a
 * `…One` / `…Other` pair of keys.
 */
export const en = {
  // Site
  'app.skipToContent': 'Skip to content',
  'app.tagline': 'Bilingual lesson player',
  'app.loadingLessons': 'Loading lessons…',
  'app.pageNotFound': 'Page not found',
  'app.goToAllLessons': 'Go to all lessons',
  'app.uiLanguage': 'Interface language',
  // Parts loaded on demand, when they could not be loaded
  'load.popover': 'The definition could not be loaded.',
  'load.pinyin': 'Pinyin could not be loaded.',
  'load.panel': 'This panel could not be loaded.',
  'load.shortcuts': 'The keyboard shortcuts could not be loaded.',
  'notice.dismiss': 'Dismiss',
  'common.close': 'Close',
  'common.goTo': 'Go to {time}',
  // The transcript languages by name, for screen readers (the visible chips say EN / 中).
  'language.en': 'English',
  'language.zh': '中文',

  // Library and lesson page
  'library.title': 'Lessons',
  'library.empty': 'No lessons yet. Add one with npm run import-lesson.',
  'library.length': 'Length',
  'lesson.seriesNumber': 'Lesson {number} of {total}',
  'lesson.loading': 'Loading lesson…',
  'lesson.sourceRefused': '{reason} Playing the lesson’s own video instead.',
  'details.title': 'About this lesson',
  'details.speaker': 'Speaker',
  'details.published': 'Published',

  // Error views
  'error.notFoundTitle': 'Lesson not found',
  'error.notFoundBody':
    'There is no lesson “{id}”. It may have been renamed or the link is mistyped.',
  'error.invalidTitle': 'This lesson’s data is invalid',
  'error.invalidBody': 'The lesson file has problems at these fields:',
  'error.title': 'Something went wrong',
  'error.loadFailed': 'The lesson could not be loaded (HTTP {status}).',
  'error.networkFailed': 'The lesson could not be loaded: the network failed.',
  'error.retry': 'Try again',

  // Why the video cannot play (player error codes) and what is wrong with a lesson file
  // (lesson-problems.ts), field by field
  'player.error.aborted': 'Loading the video was aborted.',
  'player.error.network': 'A network error stopped the video from loading.',
  'player.error.decode':
    'The video could not be decoded: the file is damaged or uses a codec this browser lacks.',
  'player.error.unsupported':
    'The video could not be loaded: the file was not found or its format is not supported.',
  'player.error.unknown': 'The video could not be played.',
  'problem.separator': ': ',
  'problem.root': 'the whole file',
  'problem.not-a-lesson': 'is not a lesson: the file is not a JSON object',
  'problem.missing': 'is missing',
  'problem.empty': 'must not be empty',
  'problem.type': 'must be {type}',
  'problem.type.string': 'text',
  'problem.type.number': 'a number',
  'problem.type.integer': 'a whole number',
  'problem.type.boolean': 'true or false',
  'problem.type.array': 'a list',
  'problem.type.object': 'an object',
  'problem.type.other': 'a different kind of value',
  'problem.kebab-case': 'must be lowercase letters and digits joined by hyphens',
  'problem.date': 'must be a date written YYYY-MM-DD',
  'problem.format': 'is not in the expected format',
  'problem.invalid': 'is not valid',
  'problem.at-least': 'must be at least {limit}',
  'problem.more-than': 'must be greater than {limit}',
  'problem.at-most': 'must be at most {limit}',
  'problem.less-than': 'must be less than {limit}',
  'problem.min-itemsOne': 'needs at least {limit} entry',
  'problem.min-itemsOther': 'needs at least {limit} entries',
  'problem.min-length': 'must be at least {limit} characters long',
  'problem.one-of': 'must be one of {values}',
  'problem.unknown-fields': 'has fields a lesson does not have: {fields}',
  'problem.duplicate-id': 'duplicate id “{id}”',
  'problem.start-order': 'must be later than the previous passage start',
  'problem.start-in-duration': 'must be inside the duration',
  'problem.end-next-start': 'must equal the next passage start',
  'problem.end-duration': 'must equal the lesson duration',
  'problem.series-number': 'must not exceed the series total',

  // Player
  'player.videoLabel': 'Lesson video: {title}',
  'player.time': 'Playback time',
  'player.captions': 'Captions',
  'player.openFile': 'Open video file…',
  'player.fileInput': 'Video file',
  'player.playingFile': 'Playing {name}',
  'player.errorTitle': 'The video cannot be played',
  'player.errorHelp':
    'The transcript still works. If you have a copy of the lesson video, open it:',
  'player.start': 'Play the lesson video',
  'player.loadFailed':
    'The video player could not be loaded: the network failed. The transcript still works.',
  'player.study': 'Passage study',
  'player.loop': 'Loop this passage',
  'player.more': 'More',
  'player.pauseAfter': 'Pause after each passage',

  // Panels opened from the player bar
  'panel.glossary': 'Glossary',
  'panel.notes': 'Notes',
  'panel.sheet': 'Sheet',
  'panel.export': 'Export',

  // Links
  'link.endBeforeStart': 'The link’s range {quoted} ends before it starts; playing from its start.',
  'link.copyRange': 'Copy link to this passage only',
  'link.copyRangeLabel': 'Copy link to this passage only ({time})',
  'link.copiedRange': 'Link to passage {time} only copied: it stops at the passage’s end.',
  'link.rangeEnded': 'Stopped at {time}, the end of the linked passage. Press play to go on.',
  'link.copyTime': 'Copy link at current time',
  'link.copyPassage': 'Copy link',
  'link.copyPassageLabel': 'Copy link to passage {time}',
  'link.copiedTime': 'Link to {time} copied.',
  'link.copiedPassage': 'Link to passage {time} copied.',
  'link.copyRefused': 'Copying was not allowed here. The link is: {link}',
  'link.unreadable': 'The link’s time {quoted} could not be read; playing from the start.',
  'link.startPastEnd':
    'The link’s time {quoted} is past the end of the lesson; playing from near its end.',
  'link.endPastEnd':
    'The link’s end time {quoted} is past the end of the lesson; playing to the end.',
  'source.invalid': 'The video address in the link is not a valid URL.',
  'source.scheme': 'Only http and https video addresses can be opened (this link used “{scheme}”).',
  'notes.storageFull':
    'Storage is full: this note is not saved yet. Free some space or export your notes.',
  'notes.storageDenied':
    'This browser does not let Tandem store data: this note is not saved yet. Allow site data for Tandem or export your notes.',
  'notes.readDenied':
    'Saved notes cannot be read: this browser does not let Tandem use its storage. Notes written now are not kept after you leave; export them.',
  'notes.keptAside': 'Saved notes could not be read; they were kept aside as a backup ({key}).',

  // Transcript
  'transcript.title': 'Transcript',
  'transcript.language': 'Transcript language',
  'transcript.both': 'Both',
  'transcript.pinyin': 'Pinyin',
  'transcript.hideTranslation': 'Hide translation',
  'transcript.showTranslation': 'Show translation',
  'transcript.playFrom': 'Play from {time}',
  'transcript.backToCurrent': 'Back to current passage',

  // Search
  'search.landmark': 'Transcript',
  'search.label': 'Search transcript',
  'search.previous': 'Previous result',
  'search.previousHint': 'Previous result (Shift+Enter)',
  'search.next': 'Next result',
  'search.nextHint': 'Next result (Enter)',
  'search.noResults': 'No results',
  'search.resultsOne': '{count} result',
  'search.resultsOther': '{count} results',
  'search.position': '{position} of {count}',
  'search.results': 'Search results',
  'search.more':
    'Listing the first {shown} of {count} results; use next and previous to reach the rest.',

  // Terms and glossary
  'term.footnote': 'Footnote {number}',
  'term.key': 'Key term',
  'term.noFootnote': 'The source highlights this as a key term; it has no footnote.',
  'term.sources': 'Sources',
  'term.see': 'See',
  'glossary.close': 'Close glossary',
  'glossary.filter': 'Filter terms',
  'glossary.count': '{shown} of {total} terms',
  'glossary.occurrencesOne': '{count} occurrence',
  'glossary.occurrencesOther': '{count} occurrences',
  'glossary.goTo': 'Go to {time}, {language}',
  'glossary.goToTimes': 'Go to {time}, {language}, {count} times',

  // Notes
  'note.add': 'Add note',
  'note.addLabel': 'Add note for {time}',
  'note.edit': 'Edit',
  'note.editLabel': 'Edit note for {time}',
  'note.editNthLabel': 'Edit note {position} of {count} for {time}',
  'note.delete': 'Delete',
  'note.deleteLabel': 'Delete note for {time}',
  'note.deleteNthLabel': 'Delete note {position} of {count} for {time}',
  'note.box': 'Note for {time}',
  'note.done': 'Done',
  'note.doneLabel': 'Done with note for {time}',
  'notes.close': 'Close notes',
  'notes.exportJson': 'Export notes (JSON)',
  'notes.exportMarkdown': 'Export notes (Markdown)',
  'notes.import': 'Import notes…',
  'notes.empty': 'No notes yet. Add one from a passage in the transcript.',
  'notes.passageGone': 'A passage no longer in this lesson',
  'notes.fileTooLarge': '“{name}” is too large to be a notes file. Nothing was changed.',
  'notes.fileUnreadable': '“{name}” could not be read. Nothing was changed.',
  'notes.imported': 'Imported {notes}.',
  'notes.importedKept': 'Imported {notes}; {kept} already here.',
  'notes.countOne': '{count} note',
  'notes.countOther': '{count} notes',
  'notes.keptOne': '{count} note was',
  'notes.keptOther': '{count} notes were',

  // Discussion sheet
  'sheet.onSheet': 'On sheet',
  'sheet.add': 'Add to sheet',
  'sheet.title': 'Discussion sheet',
  'sheet.close': 'Close discussion sheet',
  'sheet.empty': 'Add passages with “{button}” in the transcript.',
  'sheet.summaryOne':
    '{count} passage, printed in time order with their links, key terms and notes.',
  'sheet.summaryOther':
    '{count} passages, printed in time order with their links, key terms and notes.',
  'sheet.remove': 'Remove',
  'sheet.removeLabel': 'Remove {time}',
  'sheet.print': 'Print sheet',
  'sheet.noPassages': 'No passages chosen yet.',
  'sheet.teacherNotes': 'Teacher’s notes',

  // Export
  'export.close': 'Close export',
  'export.intro':
    'Caption files carry one cue per passage with its exact times; the Markdown holds both languages and the footnotes.',
  'export.vttEn': 'Download WebVTT (English)',
  'export.vttZh': 'Download WebVTT (中文)',
  'export.vttBoth': 'Download WebVTT (bilingual)',
  'export.srt': 'Download SRT',
  'export.markdown': 'Download Markdown',

  // Keyboard shortcuts
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.enabled': 'Single-key shortcuts on',
  'shortcuts.or': 'or',
  'shortcuts.note': 'Shortcuts never fire while you type in a box.',
  'shortcut.toggle-play': 'Play or pause',
  'shortcut.back-10': 'Back 10 seconds',
  'shortcut.forward-10': 'Forward 10 seconds',
  'shortcut.back-5': 'Back 5 seconds',
  'shortcut.forward-5': 'Forward 5 seconds',
  'shortcut.previous-passage': 'Previous passage',
  'shortcut.next-passage': 'Next passage',
  'shortcut.cycle-language': 'Cycle English / 中文 / Both',
  'shortcut.toggle-captions': 'Captions on or off',
  'shortcut.focus-search': 'Search the transcript',
  'shortcut.show-help': 'Show these shortcuts',

  // Saved data: settings that could not be read or saved, notes storage, notes files refused
  'storage.corrupt':
    'Saved settings could not be read, so the defaults are used; the unreadable data was kept aside ({key}).',
  'storage.corruptKept':
    'Saved settings could not be read, and there is no room to keep them aside: they are left as they are ({key}), and changes hold for this visit only.',
  'storage.readDenied':
    'This browser does not let Tandem use its storage: your choices hold for this visit only.',
  'storage.full': 'Storage is full: your choice holds for this visit but is not saved.',
  'storage.denied':
    'This browser does not let Tandem store data: your choices hold for this visit only.',
  'storage.failed':
    'The browser refused to save your choice ({name}): it holds for this visit only.',
  'notes.leftInPlace':
    'Saved notes could not be read, and there is no room to keep a backup: they are left untouched ({key}) and new notes are not saved until there is.',
  'notes.storageFailed':
    'The browser refused to store notes ({name}): this note is not saved yet. Export your notes to keep them.',
  'notes.noLesson': 'No lesson is open: this note is not saved.',
  'notes.importNoLesson': 'No lesson is open to import notes into.',
  'notes.importRefused': 'This file cannot be imported: {reason} Nothing was changed.',
  'notes.refusedNotJson': 'it is not a JSON file.',
  'notes.refusedNotNotes': 'it is not a Tandem notes file (it has no "version").',
  'notes.refusedVersion': 'it is notes version {version}; this app reads version {expected}.',
  'notes.refusedLesson': 'its notes are for lesson "{fileLesson}", not "{lessonId}".',
  'notes.refusedInvalid': 'some notes are incomplete or invalid ({fields}).',
  'notes.refusedInvalidMore': 'some notes are incomplete or invalid ({fields} and {more} more).',
  'notes.refusedPassage':
    'a note refers to passage "{passageId}", which this lesson does not have.',
  // Words: the dictionary card, the Words panel, word-by-word reading (issue 15)
  'panel.words': 'Words',
  'load.wordCard': 'The word card could not be loaded.',
  'words.loadFailed': 'The words of this lesson could not be loaded. Try again in a moment.',
  'words.textLabel': 'Chinese text: Enter to read word by word',
  'words.traditional': 'Traditional:',
  'words.senses': 'Meanings',
  'words.noEntry': 'Not in the dictionary.',
  'words.parts': 'Not in CC-CEDICT as one word; its parts:',
  'words.termParts': 'A key term of this lesson; its parts:',
  'words.save': 'Save word',
  'words.credit': 'Dictionary: CC-CEDICT, licence CC BY-SA 4.0 (mdbg.net/cedict).',
  'words.empty':
    'No saved words yet. Click or tap a Chinese word in the transcript, then Save word.',
  'words.pauseOnLookup': 'Pause the video while a word card is open',
  'words.exportCsv': 'Export CSV (Anki)',
  'words.exportTsv': 'Export TSV',
  'words.playFrom': 'Play {word} from {time}',
  'words.openAt': 'Open {word} in its lesson at {time}',
  'words.delete': 'Delete',
  'words.deleteLabel': 'Delete {word}',
  'words.listLabel': 'Saved words',
  'shortcuts.wordsHeading': 'In a passage’s Chinese text (Tab to it)',
  'shortcut.words-enter': 'Read word by word',
  'shortcut.words-move': 'Previous or next word',
  'shortcut.words-open': 'Open the word’s card',
  'shortcut.words-leave': 'Stop reading word by word',
  // Lessons made in the browser: Add a lesson, On this device, the lesson file
  'error.deviceOnly':
    'If someone made it with “Add a lesson”, it is kept only on their device: Tandem uploads nothing. Ask them for its lesson file (“Download lesson file” in their library), then open it here with “Add a lesson”, with your own copy of the video.',
  'load.addLesson': 'The form to add a lesson could not be loaded.',
  'maker.open': 'Add a lesson',
  'maker.title': 'Add a lesson',
  'maker.intro':
    'Make a lesson from your own subtitles and video. Nothing is uploaded: the lesson stays on this device.',
  'maker.subtitles': 'Subtitles',
  'maker.subtitlesHint': 'SRT or WebVTT: one file with both languages, or one file per language.',
  'maker.lessonFile': 'Lesson file',
  'maker.lessonFileHint': 'Or, instead of subtitles, a lesson file someone sent you.',
  'maker.video': 'Video',
  'maker.videoUrl': 'Video address',
  'maker.videoHint':
    'Optional. Choose a file, or give an http or https address; without either, open the video file each time you watch.',
  'maker.keepVideo': 'Keep a copy of the video on this device ({size})',
  'maker.keepVideoOff':
    'Without a copy, choose the video again with “Open video file…” on each visit.',
  'maker.titleField': 'Title',
  'maker.layout': 'Layout',
  'maker.layoutDetected': '{layout} (detected)',
  'maker.layoutBilingualLines': 'One file, both languages in each cue',
  'maker.layoutDuplicatedCues': 'One file, each cue twice (once per language)',
  'maker.layoutTwoFiles': 'Two files, one per language',
  'maker.layoutOneLanguage': 'One language only',
  'maker.glossary': 'Glossary (optional)',
  'maker.glossaryHint': 'CSV or TSV, one term a row: Chinese term, English term, definition.',
  'maker.preview': 'Preview',
  'maker.reading': 'Reading the files…',
  'maker.previewSummary': 'Passages: {passages} · Length: {length} · Terms: {terms}',
  'maker.firstLine': 'First line',
  'maker.lastLine': 'Last line',
  'maker.noText': 'none',
  'maker.missingLanguage': 'These subtitles have no {language}: that column stays empty.',
  'maker.create': 'Create lesson',
  'maker.saving': 'Saving…',
  'maker.cancel': 'Cancel',
  'maker.needSubtitles': 'Choose subtitle files, or a lesson file, first.',
  'maker.fileProblem': '{file}: {reason}',
  'maker.postProblem': 'Series post text, line {line}: {reason}',
  'maker.post': 'Series post text',
  'maker.postHint':
    'Or, instead of subtitles, paste a post of the series (or choose its .txt): its transcript, timings and footnoted key terms become the lesson.',
  'maker.postFile': 'Series post file (.txt)',
  'maker.cueProblem': '{file}: {place}: {reason}',
  'maker.cuePlace': 'cue {cue} (line {line})',
  // A subtitle file's reason: in English the lesson maker's own words ({detail}, as the CLI
  // prints them, with the times and sizes); other languages word the problem by its code.
  'maker.subtitle.empty': 'the file is empty',
  'maker.subtitle.too-large': 'the file is over 10 MB, the most a subtitle file may be',
  'maker.subtitle.binary': 'the file is not text',
  'maker.subtitle.no-cues': 'the file holds no subtitle cues',
  'maker.subtitle.bad-time':
    'a time cannot be read, or an end is not after its start (times look like 00:01:02,500)',
  'maker.subtitle.out-of-order':
    'a cue starts before the one before it: cues must be in time order',
  'maker.subtitle.overlap': 'a cue starts before the one before it ends: cues must not overlap',
  'maker.subtitle.no-language': 'there is no Chinese or English text',
  'maker.subtitle.layout':
    'the files do not fit together: give one bilingual file, or one Chinese and one English file',
  'maker.subtitle.duration':
    'the last cue starts after the video ends, or the video’s length is unknown',
  'maker.notJson': '{file} is not a JSON file.',
  'maker.notLessonFile': '{file} is not a Tandem lesson file.',
  'maker.lessonFileVersion':
    '{file} is a lesson file of version {version}; this app reads version 1.',
  'maker.invalidLesson': 'The lesson in {file} has problems: {problems}',
  'maker.glossaryLine': '{file}, line {line}: each row needs a Chinese term and an English term.',
  'maker.videoUnplayable':
    'This browser cannot play {file}. Choose an MP4 (H.264) or WebM video, or leave Video empty.',
  'maker.videoUrlRefused': 'Only http and https video addresses can be used.',
  'maker.exists':
    'The lesson “{title}” is already on this device. Delete it there first to add it again.',
  'maker.existsBundled':
    'The library already has a lesson with the id “{id}”. Change the title to add this one.',
  'maker.quota':
    'Not enough space on this device: saving needs {needed} and {available} is free. Free some space, or leave out the video copy.',
  'maker.quotaUnknown':
    'Not enough space on this device: saving needs {needed}. Free some space, or leave out the video copy.',
  'maker.storageDenied':
    'This browser does not let Tandem keep lessons (site data is blocked). Nothing was saved.',
  'maker.storageFailed': 'The browser refused to save the lesson ({name}). Nothing was saved.',
  'device.title': 'On this device',
  'device.intro': 'Lessons you added, kept in this browser only.',
  'device.added': 'Added',
  'device.size': 'Size',
  'device.download': 'Download lesson file',
  'device.delete': 'Delete',
  'device.deleteOf': 'Delete “{title}”',
  'device.confirmDelete': 'Delete “{title}” from this device, with its copy of the video?',
  'device.keep': 'Keep',
  'device.deleteFailed': 'The lesson could not be deleted.',
  'device.readFailed': 'The lessons on this device could not be read.',
  'lesson.missingLanguage':
    'This lesson has no {language} text: it was made from subtitles in one language.',
} as const;
