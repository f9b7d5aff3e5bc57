<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Новый сценарий</translation>
    </message>
    <message>
        <source>A new scenario from the baseline</source>
        <translation>Новый сценарий на основе базового</translation>
    </message>
    <message>
        <source>&amp;Open scenario file…</source>
        <translation>&amp;Открыть файл сценария…</translation>
    </message>
    <message>
        <source>Open a .c6s file</source>
        <translation>Открыть файл .c6s</translation>
    </message>
    <message>
        <source>&amp;Connect to a team store…</source>
        <translation>&amp;Подключиться к общему хранилищу…</translation>
    </message>
    <message>
        <source>Work on a store that a team shares on a PostgreSQL server (or on another store file); the scenarios of this store close, files stay open</source>
        <translation>Работать с хранилищем, общим для команды, на сервере PostgreSQL (или с другим файлом хранилища); сценарии этого хранилища закрываются, файлы остаются открытыми</translation>
    </message>
    <message>
        <source>Open &amp;local store…</source>
        <translation>Открыть &amp;локальное хранилище…</translation>
    </message>
    <message>
        <source>Work on a store file on this computer: your own, or another</source>
        <translation>Работать с файлом хранилища на этом компьютере: своим или другим</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the scenario where it came from</source>
        <translation>Сохранить сценарий туда, откуда он открыт</translation>
    </message>
    <message>
        <source>Save &amp;as file…</source>
        <translation>Сохранить &amp;как файл…</translation>
    </message>
    <message>
        <source>Save the scenario to a .c6s file</source>
        <translation>Сохранить сценарий в файл .c6s</translation>
    </message>
    <message>
        <source>&amp;History of this scenario…</source>
        <translation>&amp;История этого сценария…</translation>
    </message>
    <message>
        <source>Every saved version: who saved it, when, what it switched; restore one</source>
        <translation>Все сохранённые версии: кто и когда сохранил, что переключено; восстановить любую</translation>
    </message>
    <message>
        <source>&amp;Duplicate scenario</source>
        <translation>&amp;Дублировать сценарий</translation>
    </message>
    <message>
        <source>A stored copy of this scenario as it is now, unsaved edits included</source>
        <translation>Копия сценария в хранилище в нынешнем виде, включая несохранённые правки</translation>
    </message>
    <message>
        <source>&amp;Delete scenario…</source>
        <translation>&amp;Удалить сценарий…</translation>
    </message>
    <message>
        <source>A stored scenario goes to the trash (the Scenarios panel restores it); a file is closed</source>
        <translation>Сценарий из хранилища уходит в корзину (панель «Сценарии» его восстанавливает); файл закрывается</translation>
    </message>
    <message>
        <source>&amp;Import file into the store…</source>
        <translation>И&amp;мпортировать файл в хранилище…</translation>
    </message>
    <message>
        <source>Add a .c6s file&apos;s scenario to the store</source>
        <translation>Добавить сценарий из файла .c6s в хранилище</translation>
    </message>
    <message>
        <source>&amp;Export to file…</source>
        <translation>&amp;Экспорт в файл…</translation>
    </message>
    <message>
        <source>Write the scenario, with its network, to a .c6s file</source>
        <translation>Записать сценарий вместе с его сетью в файл .c6s</translation>
    </message>
    <message>
        <source>E&amp;xport for others</source>
        <translation>Экспорт для д&amp;ругих</translation>
    </message>
    <message>
        <source>Network &amp;picture (PNG, SVG, PDF)…</source>
        <translation>&amp;Рисунок сети (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>The canvas with a title and the legend</source>
        <translation>Холст с заголовком и легендой</translation>
    </message>
    <message>
        <source>Network for &amp;Gephi, Cytoscape (GraphML, GEXF)…</source>
        <translation>Сеть для &amp;Gephi, Cytoscape (GraphML, GEXF)…</translation>
    </message>
    <message>
        <source>Every actor and link with its attributes and this scenario&apos;s states</source>
        <translation>Все участники и связи с их атрибутами и состояниями в этом сценарии</translation>
    </message>
    <message>
        <source>&amp;Links table (CSV)…</source>
        <translation>Таблица с&amp;вязей (CSV)…</translation>
    </message>
    <message>
        <source>Every link with its status, years, sources and state here; Network › Import reads it back</source>
        <translation>Все связи со статусом, годами, источниками и состоянием здесь; Сеть › Импорт читает её обратно</translation>
    </message>
    <message>
        <source>&amp;Actors table (CSV)…</source>
        <translation>Таблица &amp;участников (CSV)…</translation>
    </message>
    <message>
        <source>Every actor with its kind, seat, membership class and sources; Network › Import reads it back</source>
        <translation>Все участники с видом, местом, классом членства и источниками; Сеть › Импорт читает её обратно</translation>
    </message>
    <message>
        <source>&amp;Coverage matrix (CSV)…</source>
        <translation>&amp;Матрица покрытия (CSV)…</translation>
    </message>
    <message>
        <source>States by risks: how many enabled links cover each</source>
        <translation>Государства по рискам: сколько включённых связей покрывает каждый</translation>
    </message>
    <message>
        <source>&amp;Briefing report (PDF, HTML)…</source>
        <translation>&amp;Справка для брифинга (PDF, HTML)…</translation>
    </message>
    <message>
        <source>Notes, picture, coverage, figures, switched and critical links, sources</source>
        <translation>Заметки, рисунок, покрытие, показатели, переключённые и критичные связи, источники</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find link…</source>
        <translation>&amp;Найти связь…</translation>
    </message>
    <message>
        <source>Search the links table</source>
        <translation>Поиск в таблице связей</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation>П&amp;ереименовать сценарий…</translation>
    </message>
    <message>
        <source>Reset to &amp;baseline</source>
        <translation>Вернуть к &amp;базовому сценарию</translation>
    </message>
    <message>
        <source>Every link back to its baseline state</source>
        <translation>Все связи — в состояние базового сценария</translation>
    </message>
    <message>
        <source>Only the region&apos;s &amp;own mechanisms</source>
        <translation>Только собственные &amp;механизмы региона</translation>
    </message>
    <message>
        <source>What if only the region&apos;s own mechanisms were left: switch off every link to a body with outside powers (one undoable step)</source>
        <translation>Что, если останутся только собственные механизмы региона: выключить все связи с организациями с участием внешних держав (один шаг, который можно отменить)</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Сеть</translation>
    </message>
    <message>
        <source>Add &amp;actor…</source>
        <translation>Добавить &amp;участника…</translation>
    </message>
    <message>
        <source>A new state, body or mechanism, with its sources</source>
        <translation>Новое государство, организация или механизм с источниками</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>Добавить &amp;связь…</translation>
    </message>
    <message>
        <source>A new link between two actors: status, years, risks, sources</source>
        <translation>Новая связь между двумя участниками: статус, годы, риски, источники</translation>
    </message>
    <message>
        <source>Edit ac&amp;tor…</source>
        <translation>Изменить уч&amp;астника…</translation>
    </message>
    <message>
        <source>Choose an actor, then edit it (also on a node&apos;s right-click menu)</source>
        <translation>Выбрать участника и изменить его (также в контекстном меню узла)</translation>
    </message>
    <message>
        <source>Edit lin&amp;k…</source>
        <translation>Изменить св&amp;язь…</translation>
    </message>
    <message>
        <source>Choose a link, then edit it (also on a link&apos;s right-click menu)</source>
        <translation>Выбрать связь и изменить её (также в контекстном меню связи)</translation>
    </message>
    <message>
        <source>Delete a&amp;n actor…</source>
        <translation>Удалить участ&amp;ника…</translation>
    </message>
    <message>
        <source>Choose an actor; asks first, naming its links</source>
        <translation>Выбрать участника; сначала спросит, назвав его связи</translation>
    </message>
    <message>
        <source>Delete a li&amp;nk…</source>
        <translation>Удалить свя&amp;зь…</translation>
    </message>
    <message>
        <source>Choose a link; asks first</source>
        <translation>Выбрать связь; сначала спросит</translation>
    </message>
    <message>
        <source>Add &amp;risk…</source>
        <translation>Добавить &amp;риск…</translation>
    </message>
    <message>
        <source>A new risk in the taxonomy</source>
        <translation>Новый риск в классификации</translation>
    </message>
    <message>
        <source>&amp;Edit a risk…</source>
        <translation>Изм&amp;енить риск…</translation>
    </message>
    <message>
        <source>Its label and description</source>
        <translation>Его название и описание</translation>
    </message>
    <message>
        <source>&amp;Delete a risk…</source>
        <translation>Удалить рис&amp;к…</translation>
    </message>
    <message>
        <source>Asks first, naming the links that cover it</source>
        <translation>Сначала спросит, назвав покрывающие его связи</translation>
    </message>
    <message>
        <source>&amp;Import actors or links (CSV)…</source>
        <translation>Им&amp;порт участников или связей (CSV)…</translation>
    </message>
    <message>
        <source>Add or update actors or links from a CSV file: each row previewed, all or none written</source>
        <translation>Добавить или обновить участников или связи из файла CSV: каждая строка показывается заранее, записываются все или ни одной</translation>
    </message>
    <message>
        <source>Export a&amp;ctors (CSV)…</source>
        <translation>Экспорт у&amp;частников (CSV)…</translation>
    </message>
    <message>
        <source>Every actor, as Import reads it</source>
        <translation>Все участники в виде, который читает импорт</translation>
    </message>
    <message>
        <source>Export lin&amp;ks (CSV)…</source>
        <translation>Экспорт с&amp;вязей (CSV)…</translation>
    </message>
    <message>
        <source>Every link, as Import reads it</source>
        <translation>Все связи в виде, который читает импорт</translation>
    </message>
    <message>
        <source>Data &amp;sources…</source>
        <translation>&amp;Источники данных…</translation>
    </message>
    <message>
        <source>Every source the network cites, in the Details panel</source>
        <translation>Все источники, на которые ссылается сеть, в панели «Подробности»</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Режим &amp;презентации</translation>
    </message>
    <message>
        <source>Full screen for a room: projector colours, scenarios as slides (Esc leaves)</source>
        <translation>Полный экран для зала: цвета для проектора, сценарии как слайды (Esc — выход)</translation>
    </message>
    <message>
        <source>Present &amp;scenarios…</source>
        <translation>Сценарии для п&amp;оказа…</translation>
    </message>
    <message>
        <source>Choose and order the scenarios to present</source>
        <translation>Выбрать сценарии для показа и их порядок</translation>
    </message>
    <message>
        <source>&amp;Earlier year</source>
        <translation>Год &amp;раньше</translation>
    </message>
    <message>
        <source>See the network one year earlier (the As of slider)</source>
        <translation>Сеть на год раньше (ползунок «На год»)</translation>
    </message>
    <message>
        <source>&amp;Later year</source>
        <translation>Год по&amp;зже</translation>
    </message>
    <message>
        <source>One year later; past the last: today</source>
        <translation>На год позже; после последнего — сегодня</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios…</source>
        <translation>&amp;Сравнить сценарии…</translation>
    </message>
    <message>
        <source>Two scenarios side by side, zoom and pan linked, with what differs</source>
        <translation>Два сценария рядом, с общим масштабом и прокруткой и с тем, что различается</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Вписать в окно</translation>
    </message>
    <message>
        <source>The whole network in view</source>
        <translation>Вся сеть в поле зрения</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>&amp;About and data sources</source>
        <translation>&amp;О программе и источниках данных</translation>
    </message>
    <message>
        <source>Version, store, data and licences</source>
        <translation>Версия, хранилище, данные и лицензии</translation>
    </message>
    <message>
        <source>A scenario file has no history: only the store keeps every version (File › Import file into the store)</source>
        <translation>У файла сценария нет истории: все версии хранит только хранилище (Файл › Импортировать файл в хранилище)</translation>
    </message>
    <message>
        <source>A new scenario has no history until it is saved into the store</source>
        <translation>У нового сценария нет истории, пока он не сохранён в хранилище</translation>
    </message>
    <message>
        <source>The store is open read-only: nothing can be written to it</source>
        <translation>Хранилище открыто только для чтения: записать в него ничего нельзя</translation>
    </message>
    <message>
        <source>Needs the {role} role (you are signed in without one)</source>
        <translation>Нужна роль {role} (вы вошли без роли)</translation>
    </message>
    <message>
        <source>Needs the {role} role (you are {now})</source>
        <translation>Нужна роль {role} (ваша роль — {now})</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Открывается хранилище…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Cannot read the store</source>
        <translation>Не удаётся прочитать хранилище</translation>
    </message>
    <message>
        <source>Comparing needs two scenarios: create or open another one first.</source>
        <translation>Для сравнения нужны два сценария: сначала создайте или откройте ещё один.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Не удаётся сравнить</translation>
    </message>
    <message>
        <source>There is no scenario to present.</source>
        <translation>Нет сценария для показа.</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Недавние &amp;файлы</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>Покр&amp;ытие</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>Язык: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) switched · modified {when} · {network}</source>
        <translation>
            <numerusform>переключена %n связь · изменён {when} · {network}</numerusform>
            <numerusform>переключены %n связи · изменён {when} · {network}</numerusform>
            <numerusform>переключено %n связей · изменён {when} · {network}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (и ещё %n)</numerusform>
            <numerusform> (и ещё %n)</numerusform>
            <numerusform> (и ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}{more}. It is left out of the list; the other scenarios open as usual.</source>
        <translation>{what}{more}. Он не включён в список; остальные сценарии открываются как обычно.</translation>
    </message>
    <message>
        <source>Deleted by another user</source>
        <translation>Удалён другим пользователем</translation>
    </message>
    <message>
        <source>{name} (not saved)</source>
        <translation>{name} (не сохранён)</translation>
    </message>
    <message>
        <source>Save puts it in the store</source>
        <translation>При сохранении он попадёт в хранилище</translation>
    </message>
    <message>
        <source> as of {year}</source>
        <translation> на {year} год</translation>
    </message>
    <message>
        <source>{state} — {risk}: {links}</source>
        <translation>{state} — {risk}: {links}</translation>
    </message>
    <message>
        <source>no covering link</source>
        <translation>нет покрывающих связей</translation>
    </message>
    <message>
        <source>; lost: {links}</source>
        <translation>; потеряны: {links}</translation>
    </message>
    <message numerus="yes">
        <source>Switch off all its links (%n) — what if it withdraws</source>
        <translation>
            <numerusform>Выключить все его связи (%n) — что, если он выйдет</numerusform>
            <numerusform>Выключить все его связи (%n) — что, если он выйдет</numerusform>
            <numerusform>Выключить все его связи (%n) — что, если он выйдет</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw {actor}</source>
        <translation>Выход {actor}</translation>
    </message>
    <message>
        <source>Show only this actor&apos;s links</source>
        <translation>Показать только связи этого участника</translation>
    </message>
    <message>
        <source>Show all links</source>
        <translation>Показать все связи</translation>
    </message>
    <message>
        <source>Show the coverage of {name}</source>
        <translation>Показать покрытие: {name}</translation>
    </message>
    <message>
        <source>Edit actor…</source>
        <translation>Изменить участника…</translation>
    </message>
    <message>
        <source>Add a link from {actor}…</source>
        <translation>Добавить связь от {actor}…</translation>
    </message>
    <message>
        <source>Delete actor…</source>
        <translation>Удалить участника…</translation>
    </message>
    <message>
        <source>Switch off {link}</source>
        <translation>Выключить {link}</translation>
    </message>
    <message>
        <source>Switch on {link}</source>
        <translation>Включить {link}</translation>
    </message>
    <message>
        <source>Show source</source>
        <translation>Показать источник</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Edit link…</source>
        <translation>Изменить связь…</translation>
    </message>
    <message>
        <source>Delete link…</source>
        <translation>Удалить связь…</translation>
    </message>
    <message>
        <source>What-if analysis of the security-cooperation network of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and Azerbaijan.</source>
        <translation>Анализ сценариев «что, если» для сети сотрудничества в сфере безопасности Казахстана, Кыргызстана, Таджикистана, Туркменистана, Узбекистана и Азербайджана.</translation>
    </message>
    <message>
        <source>Network “{name}”: {actors} actors, {links} links ({unverified} marked unverified), {risks} risk categories, from {sources} sources, among them:</source>
        <translation>Сеть «{name}»: участников — {actors}, связей — {links} (из них непроверенных — {unverified}), категорий рисков — {risks}; источников — {sources}, среди них:</translation>
    </message>
    <message>
        <source>Every link&apos;s own sources are in its tooltip and the Details panel; Network › Data sources lists them all.</source>
        <translation>Источники каждой связи — в её подсказке и в панели «Подробности»; все вместе — в меню Сеть › Источники данных.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>Risk coverage</source>
        <translation>Покрытие рисков</translation>
    </message>
    <message>
        <source>Connectivity and cohesion</source>
        <translation>Связность и сплочённость</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Geographic layout</source>
        <translation>Географическое размещение</translation>
    </message>
    <message>
        <source>Radial layout</source>
        <translation>Радиальное размещение</translation>
    </message>
    <message>
        <source>Force-directed layout</source>
        <translation>Силовое размещение</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Светлая тема</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Тёмная тема</translation>
    </message>
    <message>
        <source>Projector theme</source>
        <translation>Тема для проектора</translation>
    </message>
</context>
</TS>
