/**
 * Every piece of interface text, in English and in Simplified Chinese. Lesson text, term
 * names and definitions are data and never appear here. A message names its values as
 * `{name}`; `format` puts them in as plain text. English plurals have a `…One` / `…Other`
 * pair of keys; Chinese needs no plural, so both of its variants read the same.
 */
export const en = {
  // Site
  'app.skipToContent': 'Skip to content',
  'app.tagline': 'Bilingual lesson player',
  'app.loadingLessons': 'Loading lessons…',
  'app.pageNotFound': 'Page not found',
  'app.goToAllLessons': 'Go to all lessons',
  'app.uiLanguage': 'Interface language',
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
  'player.pauseAfter': 'Pause after each passage',

  // Panels opened from the player bar
  'panel.glossary': 'Glossary',
  'panel.notes': 'Notes',
  'panel.sheet': 'Sheet',
  'panel.export': 'Export',

  // Links
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
} as const;

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };

export const zh: Messages = {
  'app.skipToContent': '跳到正文',
  'app.tagline': '双语课程播放器',
  'app.loadingLessons': '正在加载课程列表…',
  'app.pageNotFound': '找不到此页面',
  'app.goToAllLessons': '查看全部课程',
  'app.uiLanguage': '界面语言',
  'notice.dismiss': '关闭',
  'common.close': '关闭',
  'common.goTo': '跳到 {time}',
  'language.en': '英文',
  'language.zh': '中文',

  'library.title': '课程',
  'library.empty': '还没有课程。可用 npm run import-lesson 添加。',
  'library.length': '时长',
  'lesson.seriesNumber': '第 {number} 课（共 {total} 课）',
  'lesson.loading': '正在加载本课…',
  'lesson.sourceRefused': '{reason} 改为播放本课自带的视频。',
  'details.title': '关于本课',
  'details.speaker': '主讲人',
  'details.published': '发布',

  'error.notFoundTitle': '找不到课程',
  'error.notFoundBody': '没有“{id}”这一课。它可能已改名，或链接有误。',
  'error.invalidTitle': '本课数据无效',
  'error.invalidBody': '课程文件的以下字段有问题：',
  'error.title': '出错了',
  'error.loadFailed': '无法加载本课（HTTP {status}）。',
  'error.networkFailed': '无法加载本课：网络出错。',
  'error.retry': '重试',

  'player.videoLabel': '课程视频：{title}',
  'player.time': '播放时间',
  'player.captions': '字幕',
  'player.openFile': '打开视频文件…',
  'player.fileInput': '视频文件',
  'player.playingFile': '正在播放 {name}',
  'player.errorTitle': '视频无法播放',
  'player.errorHelp': '文稿仍可正常使用。如果你有本课视频的副本，请打开它：',
  'player.start': '播放课程视频',
  'player.loadFailed': '无法加载视频播放器：网络出错。文稿仍可正常使用。',
  'player.study': '逐段学习',
  'player.loop': '循环本段',
  'player.pauseAfter': '每段后暂停',

  'panel.glossary': '术语表',
  'panel.notes': '笔记',
  'panel.sheet': '讨论单',
  'panel.export': '导出',

  'link.copyTime': '复制当前时间的链接',
  'link.copyPassage': '复制链接',
  'link.copyPassageLabel': '复制 {time} 段落的链接',
  'link.copiedTime': '已复制 {time} 的链接。',
  'link.copiedPassage': '已复制 {time} 段落的链接。',
  'link.copyRefused': '此处不允许复制。链接是：{link}',
  'link.unreadable': '无法读取链接中的时间 {quoted}，从头开始播放。',
  'link.startPastEnd': '链接中的时间 {quoted} 超出了本课的长度，从接近结尾处播放。',
  'link.endPastEnd': '链接中的结束时间 {quoted} 超出了本课的长度，播放到结尾。',
  'source.invalid': '链接中的视频地址不是有效的网址。',
  'source.scheme': '只能打开 http 和 https 视频地址（此链接用的是“{scheme}”）。',
  'notes.storageFull': '存储空间已满：这条笔记还没有保存。请释放一些空间或导出笔记。',
  'notes.storageDenied':
    '此浏览器不允许 Tandem 存储数据：这条笔记还没有保存。请允许 Tandem 的网站数据，或导出笔记。',
  'notes.readDenied':
    '无法读取已保存的笔记：此浏览器不允许 Tandem 使用存储。现在写的笔记离开后不会保留，请导出。',
  'notes.keptAside': '已保存的笔记无法读取，已另存为备份（{key}）。',

  'transcript.title': '文稿',
  'transcript.language': '文稿语言',
  'transcript.both': '中英对照',
  'transcript.pinyin': '拼音',
  'transcript.playFrom': '从 {time} 播放',
  'transcript.backToCurrent': '回到当前段落',

  'search.landmark': '文稿',
  'search.label': '搜索文稿',
  'search.previous': '上一个结果',
  'search.previousHint': '上一个结果（Shift+Enter）',
  'search.next': '下一个结果',
  'search.nextHint': '下一个结果（Enter）',
  'search.noResults': '没有结果',
  'search.resultsOne': '{count} 个结果',
  'search.resultsOther': '{count} 个结果',
  'search.position': '第 {position} 个，共 {count} 个',
  'search.results': '搜索结果',
  'search.more': '只列出 {count} 个结果中的前 {shown} 个；其余的请用“上一个”“下一个”查看。',

  'term.footnote': '脚注 {number}',
  'term.key': '关键术语',
  'term.noFootnote': '原文将此标为关键术语，但没有脚注。',
  'term.sources': '出处',
  'term.see': '参见',
  'glossary.close': '关闭术语表',
  'glossary.filter': '筛选术语',
  'glossary.count': '{shown} / {total} 个术语',
  'glossary.occurrencesOne': '出现 {count} 次',
  'glossary.occurrencesOther': '出现 {count} 次',
  'glossary.goTo': '跳到 {time}，{language}',
  'glossary.goToTimes': '跳到 {time}，{language}，出现 {count} 次',

  'note.add': '添加笔记',
  'note.addLabel': '为 {time} 添加笔记',
  'note.edit': '编辑',
  'note.editLabel': '编辑 {time} 的笔记',
  'note.editNthLabel': '编辑 {time} 的第 {position} 条笔记（共 {count} 条）',
  'note.delete': '删除',
  'note.deleteLabel': '删除 {time} 的笔记',
  'note.deleteNthLabel': '删除 {time} 的第 {position} 条笔记（共 {count} 条）',
  'note.box': '{time} 的笔记',
  'note.done': '完成',
  'note.doneLabel': '完成 {time} 的笔记',
  'notes.close': '关闭笔记',
  'notes.exportJson': '导出笔记（JSON）',
  'notes.exportMarkdown': '导出笔记（Markdown）',
  'notes.import': '导入笔记…',
  'notes.empty': '还没有笔记。可在文稿的段落下添加。',
  'notes.passageGone': '本课中已没有这个段落',
  'notes.fileTooLarge': '“{name}”太大，不是笔记文件。未做任何更改。',
  'notes.fileUnreadable': '无法读取“{name}”。未做任何更改。',
  'notes.imported': '已导入 {notes}。',
  'notes.importedKept': '已导入 {notes}；{kept}已存在。',
  'notes.countOne': '{count} 条笔记',
  'notes.countOther': '{count} 条笔记',
  'notes.keptOne': '{count} 条笔记',
  'notes.keptOther': '{count} 条笔记',

  'sheet.add': '加入讨论单',
  'sheet.title': '讨论单',
  'sheet.close': '关闭讨论单',
  'sheet.empty': '在文稿中用“{button}”添加段落。',
  'sheet.summaryOne': '{count} 个段落，按时间顺序打印，附链接、关键术语和笔记。',
  'sheet.summaryOther': '{count} 个段落，按时间顺序打印，附链接、关键术语和笔记。',
  'sheet.remove': '移除',
  'sheet.removeLabel': '移除 {time}',
  'sheet.print': '打印讨论单',
  'sheet.noPassages': '还没有选择段落。',
  'sheet.teacherNotes': '教师笔记',

  'export.close': '关闭导出',
  'export.intro': '字幕文件每段一条字幕，时间精确；Markdown 文件包含中英两种语言和脚注。',
  'export.vttEn': '下载 WebVTT（英文）',
  'export.vttZh': '下载 WebVTT（中文）',
  'export.vttBoth': '下载 WebVTT（双语）',
  'export.srt': '下载 SRT',
  'export.markdown': '下载 Markdown',

  'shortcuts.title': '键盘快捷键',
  'shortcuts.enabled': '启用单键快捷键',
  'shortcuts.or': '或',
  'shortcuts.note': '在输入框中打字时，快捷键不会触发。',
  'shortcut.toggle-play': '播放或暂停',
  'shortcut.back-10': '后退 10 秒',
  'shortcut.forward-10': '前进 10 秒',
  'shortcut.back-5': '后退 5 秒',
  'shortcut.forward-5': '前进 5 秒',
  'shortcut.previous-passage': '上一段',
  'shortcut.next-passage': '下一段',
  'shortcut.cycle-language': '切换 English / 中文 / 中英对照',
  'shortcut.toggle-captions': '打开或关闭字幕',
  'shortcut.focus-search': '搜索文稿',
  'shortcut.show-help': '显示这些快捷键',
};

/** The `{name}`s a message takes, from its English text: `t` checks them when it compiles. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type MessageValues<K extends MessageKey> = Record<
  Placeholders<(typeof en)[K]>,
  string | number
>;

/** No second argument for a message without values; a complete set of values otherwise. */
export type ValuesArgument<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never]
  ? []
  : [values: MessageValues<K>];

/**
 * Puts each `{name}` value into the message as plain text. A function replacer, so a `$&` in a
 * value (a teacher's file name, say) is not read as a replacement pattern.
 */
export function format(message: string, values?: Readonly<Record<string, string | number>>) {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
