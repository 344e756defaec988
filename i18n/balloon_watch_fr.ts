<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/plugin.py" line="50"/>
        <source>&amp;Balloon Watch</source>
        <translation>&amp;Balloon Watch</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="55"/>
        <source>Balloon Watch toolbar</source>
        <translation>Barre d'outils Balloon Watch</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="58"/>
        <source>Balloon Watch panel</source>
        <translation>Panneau Balloon Watch</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="61"/>
        <source>Show or hide the Balloon Watch panel</source>
        <translation>Afficher ou masquer le panneau Balloon Watch</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="91"/>
        <source>The panel could not be opened: {}</source>
        <translation>Le panneau n'a pas pu être ouvert : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="28"/>
        <source>Balloon Watch</source>
        <translation>Balloon Watch</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="39"/>
        <source>Tracks</source>
        <translation>Trajectoires</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="39"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="39"/>
        <source>Airspace</source>
        <translation>Espace aérien</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="39"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="39"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="53"/>
        <source>File or URL</source>
        <translation>Fichier ou URL</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="43"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="44"/>
        <source>Time zone of times without zone</source>
        <translation>Fuseau horaire des heures sans fuseau</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="45"/>
        <source>Altitude unit</source>
        <translation>Unité d'altitude</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="45"/>
        <source>Date for time-only values</source>
        <translation>Date pour les heures seules</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="46"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="46"/>
        <source>Import track</source>
        <translation>Importer la trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="47"/>
        <source>Update every</source>
        <translation>Mettre à jour toutes les</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="48"/>
        <source>Add bundled sites catalogue</source>
        <translation>Ajouter le catalogue de sites fourni</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="48"/>
        <source>Sites layer</source>
        <translation>Couche des sites</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="49"/>
        <source>Name field</source>
        <translation>Champ du nom</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="49"/>
        <source>Buffer distances</source>
        <translation>Distances de zone tampon</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="50"/>
        <source>Rings</source>
        <translation>Anneaux</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="50"/>
        <source>as donuts (rings between distances)</source>
        <translation>en couronnes (anneaux entre les distances)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="51"/>
        <source>Buffer sites</source>
        <translation>Zones tampons des sites</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="54"/>
        <source>Track points</source>
        <translation>Points de trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="52"/>
        <source>Alert radius</source>
        <translation>Rayon d'alerte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="52"/>
        <source>Measure approaches</source>
        <translation>Mesurer les approches</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="53"/>
        <source>Import closures</source>
        <translation>Importer les fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="54"/>
        <source>Closures</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="55"/>
        <source>Check closures</source>
        <translation>Vérifier les fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="55"/>
        <source>Propose closures</source>
        <translation>Proposer des fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="56"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="56"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="57"/>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="57"/>
        <source>Export briefing</source>
        <translation>Exporter la note de briefing</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="58"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="35"/>
        <source>beside the project (or a temporary folder)</source>
        <translation>à côté du projet (ou un dossier temporaire)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="38"/>
        <source>Write debug messages to the log</source>
        <translation>Écrire les messages de débogage dans le journal</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="39"/>
        <source>Default buffer distances (km)</source>
        <translation>Distances de zone tampon par défaut (km)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="40"/>
        <source>Default alert radius</source>
        <translation>Rayon d'alerte par défaut</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="41"/>
        <source>Geodesic buffer tolerance</source>
        <translation>Tolérance des zones tampons géodésiques</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="42"/>
        <source>Default time zone</source>
        <translation>Fuseau horaire par défaut</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="43"/>
        <source>Network timeout</source>
        <translation>Délai d'attente réseau</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="44"/>
        <source>Live feed refresh</source>
        <translation>Actualisation du flux en direct</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="45"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="46"/>
        <source>Briefing banner line</source>
        <translation>Bandeau de la note de briefing</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="47"/>
        <source>Export resolution (dpi)</source>
        <translation>Résolution d'exportation (ppp)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="31"/>
        <source>Balloon Watch {}</source>
        <translation>Balloon Watch {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="33"/>
        <source>Balloon Watch: incident analysis</source>
        <translation>Balloon Watch : analyse d'incident</translation>
    </message>
</context>
</TS>
