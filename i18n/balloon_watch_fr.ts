<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/plugin.py" line="55"/>
        <source>&amp;Balloon Watch</source>
        <translation>&amp;Balloon Watch</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="60"/>
        <source>Balloon Watch toolbar</source>
        <translation>Barre d'outils Balloon Watch</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="63"/>
        <source>Balloon Watch panel</source>
        <translation>Panneau Balloon Watch</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="66"/>
        <source>Show or hide the Balloon Watch panel</source>
        <translation>Afficher ou masquer le panneau Balloon Watch</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="96"/>
        <source>The panel could not be opened: {}</source>
        <translation>Le panneau n'a pas pu être ouvert : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="35"/>
        <source>Balloon Watch</source>
        <translation>Balloon Watch</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="48"/>
        <source>Tracks</source>
        <translation>Trajectoires</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="48"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="49"/>
        <source>Airspace</source>
        <translation>Espace aérien</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="76"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="76"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="91"/>
        <source>File or URL</source>
        <translation>Fichier ou URL</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="103"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="83"/>
        <source>Altitude unit</source>
        <translation>Unité d'altitude</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="84"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="84"/>
        <source>Import track</source>
        <translation>Importer la trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="85"/>
        <source>Update every</source>
        <translation>Actualiser toutes les</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="86"/>
        <source>Add bundled sites catalogue</source>
        <translation>Ajouter les sites fournis</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="86"/>
        <source>Sites layer</source>
        <translation>Couche des sites</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="87"/>
        <source>Name field</source>
        <translation>Champ du nom</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="87"/>
        <source>Buffer distances</source>
        <translation>Distances de zone tampon</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="88"/>
        <source>Rings</source>
        <translation>Anneaux</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="89"/>
        <source>Buffer sites</source>
        <translation>Zones tampons des sites</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="61"/>
        <source>Track points</source>
        <translation>Points de trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Alert radius</source>
        <translation>Rayon d'alerte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="90"/>
        <source>Measure approaches</source>
        <translation>Mesurer les approches</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="91"/>
        <source>Import closures</source>
        <translation>Importer les fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="92"/>
        <source>Closures</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="93"/>
        <source>Check closures</source>
        <translation>Vérifier les fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="93"/>
        <source>Propose closures</source>
        <translation>Proposer des fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="97"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="69"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="98"/>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="98"/>
        <source>Export briefing</source>
        <translation>Exporter la note de briefing</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="99"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="37"/>
        <source>beside the project (or a temporary folder)</source>
        <translation>à côté du projet (ou un dossier temporaire)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="41"/>
        <source>Write debug messages to the log</source>
        <translation>Écrire les messages de débogage dans le journal</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="42"/>
        <source>Default buffer distances (km)</source>
        <translation>Distances de zone tampon par défaut (km)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="43"/>
        <source>Default alert radius</source>
        <translation>Rayon d'alerte par défaut</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="44"/>
        <source>Geodesic buffer tolerance</source>
        <translation>Tolérance des zones tampons géodésiques</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="45"/>
        <source>Default time zone</source>
        <translation>Fuseau horaire par défaut</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="46"/>
        <source>Network timeout</source>
        <translation>Délai d'attente réseau</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="47"/>
        <source>Live feed refresh</source>
        <translation>Actualisation du flux en direct</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="48"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="49"/>
        <source>Briefing banner line</source>
        <translation>Bandeau de la note de briefing</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="50"/>
        <source>Export resolution (dpi)</source>
        <translation>Résolution d'exportation (ppp)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="38"/>
        <source>Balloon Watch {}</source>
        <translation>Balloon Watch {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="57"/>
        <source>Balloon Watch: incident analysis</source>
        <translation>Balloon Watch : analyse d'incident</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="82"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="83"/>
        <source>Date (time-only)</source>
        <translation>Date (heures seules)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="110"/>
        <source>Applied only to timestamps that carry no zone</source>
        <translation>Appliqué uniquement aux horodatages sans fuseau horaire</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="111"/>
        <source>file, http(s):// URL or sondehub:CALLSIGN</source>
        <translation>fichier, URL http(s):// ou sondehub:INDICATIF</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="121"/>
        <source>Track files (*.csv *.tsv *.txt *.gpx *.kml *.kmz *.geojson *.json *.log);;All files (*)</source>
        <translation>Fichiers de trajectoire (*.csv *.tsv *.txt *.gpx *.kml *.kmz *.geojson *.json *.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="46"/>
        <source>Detect from content</source>
        <translation>Détecter d'après le contenu</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="50"/>
        <source>From the file</source>
        <translation>Selon le fichier</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="176"/>
        <source>Airspace files (*.xml *.txt *.json *.geojson *.aixm);;All files (*)</source>
        <translation>Fichiers d'espace aérien (*.xml *.txt *.json *.geojson *.aixm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="84"/>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;Image PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="179"/>
        <source>Balloon incident briefing</source>
        <translation>Note d'information sur un incident de ballon</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="536"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="80"/>
        <source>{} failed: {}</source>
        <translation>{} – échec : {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="100"/>
        <source>Another Balloon Watch task is running; wait for it or cancel it.</source>
        <translation>Une autre tâche Balloon Watch est en cours; attendez qu'elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="132"/>
        <source>Preview works on local CSV/TSV files; other sources are read on import.</source>
        <translation>L'aperçu fonctionne avec les fichiers CSV/TSV locaux; les autres sources sont lues à l'importation.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="140"/>
        <source>Preview failed: {}</source>
        <translation>Échec de l'aperçu : {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="271"/>
        <source>delimiter &apos;{}&apos;</source>
        <translation>délimiteur '{}'</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="273"/>
        <source>altitude in {}</source>
        <translation>altitude en {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="275"/>
        <source>times: {}</source>
        <translation>heures : {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="151"/>
        <source>Choose a track file or type a URL first.</source>
        <translation>Choisissez d'abord un fichier de trajectoire ou saisissez une URL.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="169"/>
        <source>Track import</source>
        <translation>Importation de la trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="174"/>
        <source>{} line</source>
        <translation>{} (ligne)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="175"/>
        <source>{} fixes</source>
        <translation>{} (positions)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="77"/>
        <source>{} record(s) skipped: see the log.</source>
        <translation>{} enregistrement(s) ignoré(s) : consultez le journal.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="220"/>
        <source>Type the URL of a live feed first.</source>
        <translation>Saisissez d'abord l'URL d'un flux en direct.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="224"/>
        <source>Live updates every {} min from {}</source>
        <translation>Mises à jour en direct toutes les {} min depuis {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="312"/>
        <source>The sites catalogue could not be added: {}</source>
        <translation>Le catalogue de sites n'a pas pu être ajouté : {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="315"/>
        <source>Added {} sites from the bundled catalogue.</source>
        <translation>{} sites ajoutés à partir du catalogue fourni.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="322"/>
        <source>Choose a sites layer first.</source>
        <translation>Choisissez d'abord une couche de sites.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="327"/>
        <source>Buffer distances: {}</source>
        <translation>Distances de zone tampon : {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="338"/>
        <source>Buffering</source>
        <translation>Création des zones tampons</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="339"/>
        <source>{} buffers</source>
        <translation>{} (zones tampons)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="340"/>
        <source>Geodesic buffers written for {}.</source>
        <translation>Zones tampons géodésiques écrites pour {}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="350"/>
        <source>Choose a track point layer and a sites layer first.</source>
        <translation>Choisissez d'abord une couche de points de trajectoire et une couche de sites.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="363"/>
        <source>Proximity</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="365"/>
        <source>Track inside alert radius</source>
        <translation>Trajectoire dans le rayon d'alerte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="71"/>
        <source>Closest approaches</source>
        <translation>Rapprochements maximaux</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="369"/>
        <source>unknown time</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="383"/>
        <source>Choose an airspace file or type a URL first.</source>
        <translation>Choisissez d'abord un fichier d'espace aérien ou saisissez une URL.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="398"/>
        <source>Airspace import</source>
        <translation>Importation de l'espace aérien</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="416"/>
        <source>Choose a track point layer and a closures layer first.</source>
        <translation>Choisissez d'abord une couche de points de trajectoire et une couche de fermetures.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="427"/>
        <source>Closure check</source>
        <translation>Vérification des fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="429"/>
        <source>Track inside closures</source>
        <translation>Trajectoire dans les fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="430"/>
        <source>Closures flagged</source>
        <translation>Fermetures signalées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="433"/>
        <source>The track violated closure {}.</source>
        <translation>La trajectoire a enfreint la fermeture {}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="447"/>
        <source>Choose a track point layer first.</source>
        <translation>Choisissez d'abord une couche de points de trajectoire.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="462"/>
        <source>Proposal</source>
        <translation>Proposition de fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="103"/>
        <source>Proposed closures</source>
        <translation>Fermetures proposées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="465"/>
        <source>{} closure(s) proposed; the NOTAM text is in the Results.</source>
        <translation>{} fermeture(s) proposée(s); le texte du NOTAM se trouve dans les Résultats.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_panel.py" line="144"/>
        <source>{} row(s) from {}. Double-click a row to zoom and jump in time.</source>
        <translation>{} ligne(s) de {}. Double-cliquez sur une ligne pour zoomer et aller à ce moment.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="512"/>
        <source>Choose where to write the briefing (PDF, PNG or SVG).</source>
        <translation>Choisissez où écrire la note d'information (PDF, PNG ou SVG).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="516"/>
        <source>Nothing to export: no layer is visible.</source>
        <translation>Rien à exporter : aucune couche n'est visible.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="525"/>
        <source>Briefing written to {}</source>
        <translation>Note d'information écrite dans {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/runner.py" line="85"/>
        <source>The algorithm {} is not available.</source>
        <translation>L'algorithme {} n'est pas disponible.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="157"/>
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sites_catalogue.py" line="49"/>
        <source>The folder {} cannot be created for the sites catalogue: {}</source>
        <translation>Le dossier {} ne peut pas être créé pour le catalogue de sites : {}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sites_catalogue.py" line="52"/>
        <source>The folder {} is not writable: choose another folder for the sites catalogue.</source>
        <translation>Le dossier {} n'est pas accessible en écriture : choisissez un autre dossier pour le catalogue de sites.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sites_catalogue.py" line="56"/>
        <source>The sites catalogue must be copied out of the plugin folder.</source>
        <translation>Le catalogue de sites doit être copié hors du dossier de l'extension.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sites_catalogue.py" line="60"/>
        <source>The bundled sites catalogue {} is missing: reinstall the plugin.</source>
        <translation>Le catalogue de sites fourni {} est introuvable : réinstallez l'extension.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sites_catalogue.py" line="80"/>
        <source>Sites catalogue</source>
        <translation>Catalogue de sites</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sites_catalogue.py" line="82"/>
        <source>The sites catalogue {} could not be opened.</source>
        <translation>Le catalogue de sites {} n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="55"/>
        <source>Track points (time, alt_m, track_id)</source>
        <translation>Points de trajectoire (time, alt_m, track_id)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="107"/>
        <source>Airspace closures (as Import airspace writes them)</source>
        <translation>Fermetures d'espace aérien (telles qu'écrites par Importer l'espace aérien)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="110"/>
        <source>DEM for AGL limits (ground height in metres, band 1)</source>
        <translation>MNE pour les limites AGL (hauteur du sol en mètres, bande 1)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="112"/>
        <source>Flagged closures</source>
        <translation>Fermetures signalées</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="113"/>
        <source>Track pieces inside closures</source>
        <translation>Segments de trajectoire dans les fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="114"/>
        <source>Closures violated</source>
        <translation>Fermetures enfreintes</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="137"/>
        <source>Ground heights for AGL limits from the DEM &apos;{}&apos; (band 1, metres).</source>
        <translation>Hauteurs du sol pour les limites AGL tirées du MNE '{}' (bande 1, mètres).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="145"/>
        <source>{} of {} fixes fell outside the DEM or on nodata: the ground there is taken as 0 m MSL.</source>
        <translation>{} positions sur {} sont hors du MNE ou sur des valeurs nodata : le sol y est considéré à 0 m MSL.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="172"/>
        <source>Violated: {} ({}) from {} to {} UTC by {}.</source>
        <translation>Enfreinte : {} ({}) de {} à {} UTC par {}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="98"/>
        <source>Only this track_id (empty: every track)</source>
        <translation>Seulement ce track_id (vide : toutes les trajectoires)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="100"/>
        <source>Forecast horizon (hours)</source>
        <translation>Horizon de prévision (heures)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="102"/>
        <source>Forecast step (minutes)</source>
        <translation>Pas de prévision (minutes)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="104"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="104"/>
        <source>Persistence (last velocity)</source>
        <translation>Persistance (dernière vitesse)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="104"/>
        <source>Wind field (GRIB2/NetCDF file)</source>
        <translation>Champ de vent (fichier GRIB2/NetCDF)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="104"/>
        <source>Prediction file (Tawhiri/SondeHub JSON)</source>
        <translation>Fichier de prédiction (JSON Tawhiri/SondeHub)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="108"/>
        <source>Persistence window (hours)</source>
        <translation>Fenêtre de persistance (heures)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="109"/>
        <source>Wind grid (GRIB2 or NetCDF, for the wind field method)</source>
        <translation>Grille de vent (GRIB2 ou NetCDF, pour la méthode du champ de vent)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="109"/>
        <source>Wind grids (*.grib2 *.grb2 *.grib *.grb *.nc *.nc4);;All files (*)</source>
        <translation>Grilles de vent (*.grib2 *.grb2 *.grib *.grb *.nc *.nc4);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="113"/>
        <source>Predictor answer (Tawhiri/SondeHub JSON, for the prediction file method)</source>
        <translation>Réponse du prédicteur (JSON Tawhiri/SondeHub, pour la méthode du fichier de prédiction)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="113"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="117"/>
        <source>Calibrate the cone on the track&apos;s history</source>
        <translation>Étalonner le cône sur l'historique de la trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="121"/>
        <source>Sites for arrival times</source>
        <translation>Sites pour les heures d'arrivée</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="76"/>
        <source>Site name field</source>
        <translation>Champ du nom du site</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="125"/>
        <source>Alert distance around sites (m)</source>
        <translation>Distance d'alerte autour des sites (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="127"/>
        <source>Forecast points</source>
        <translation>Points de prévision</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="128"/>
        <source>Forecast uncertainty cone</source>
        <translation>Cône d'incertitude de la prévision</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="129"/>
        <source>Arrival times at sites</source>
        <translation>Heures d'arrivée aux sites</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="158"/>
        <source>The wind field method needs a wind grid (WIND_FILE): a GRIB2 or NetCDF file of u/v winds on pressure levels covering the balloon&apos;s area, hours and altitude.</source>
        <translation>La méthode du champ de vent nécessite une grille de vent (WIND_FILE) : un fichier GRIB2 ou NetCDF des vents u/v sur des niveaux de pression couvrant la zone, les heures et l'altitude du ballon.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="162"/>
        <source>Wind grid: {}</source>
        <translation>Grille de vent : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="167"/>
        <source>The prediction file method needs a predictor answer (PREDICTION_FILE): Tawhiri or SondeHub JSON.</source>
        <translation>La méthode du fichier de prédiction nécessite une réponse du prédicteur (PREDICTION_FILE) : JSON Tawhiri ou SondeHub.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="212"/>
        <source>Track &apos;{}&apos; skipped: {}</source>
        <translation>Trajectoire '{}' ignorée : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="237"/>
        <source>No track &apos;{}&apos; in the track layer (track_id values: {}).</source>
        <translation>Aucune trajectoire '{}' dans la couche de trajectoires (valeurs de track_id : {}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="247"/>
        <source>The track layer holds {} tracks: give the one the prediction is for in TRACK_ID.</source>
        <translation>La couche de trajectoires contient {} trajectoires : indiquez dans TRACK_ID celle visée par la prédiction.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="256"/>
        <source>Track &apos;{}&apos;: the cone is not calibrated, the default cone is used ({}).</source>
        <translation>Trajectoire '{}' : le cône n'est pas étalonné, le cône par défaut est utilisé ({}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="260"/>
        <source>Track &apos;{}&apos; back-test: {}</source>
        <translation>Test rétrospectif de la trajectoire '{}' : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="263"/>
        <source>Track &apos;{}&apos;: the cone is measured up to {} h only; beyond that it is extrapolated in proportion to lead time.</source>
        <translation>Trajectoire '{}' : le cône n'est mesuré que jusqu'à {} h; au-delà, il est extrapolé proportionnellement au délai de prévision.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="273"/>
        <source>A predictor file cannot be back-tested on the track: the default cone is used.</source>
        <translation>Un fichier du prédicteur ne peut pas faire l'objet d'un test rétrospectif sur la trajectoire : le cône par défaut est utilisé.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="276"/>
        <source>The prediction ends ({}) before the track&apos;s last fix ({}): it is out of date.</source>
        <translation>La prédiction se termine ({}) avant la dernière position de la trajectoire ({}) : elle est périmée.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="321"/>
        <source>No sites were given: the arrival-time layer is empty.</source>
        <translation>Aucun site n'a été fourni : la couche des heures d'arrivée est vide.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="337"/>
        <source>Track &apos;{}&apos; may reach {} (within {} km) from {}, most likely {}.</source>
        <translation>La trajectoire '{}' pourrait atteindre {} (à moins de {} km) à partir de {}, heure la plus probable : {}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="337"/>
        <source>not within the forecast</source>
        <translation>hors de l'horizon de prévision</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="45"/>
        <source>Track file or URL</source>
        <translation>Fichier de trajectoire ou URL</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="48"/>
        <source>Time zone of timestamps without a zone (IANA name)</source>
        <translation>Fuseau horaire des horodatages sans fuseau (nom IANA)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="50"/>
        <source>Altitude unit (when the file does not say)</source>
        <translation>Unité d'altitude (si le fichier ne la précise pas)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="53"/>
        <source>Date for time-only values (YYYY-MM-DD)</source>
        <translation>Date pour les valeurs horaires seules (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="55"/>
        <source>Merge everything into one track with this id</source>
        <translation>Fusionner le tout en une seule trajectoire avec cet identifiant</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="62"/>
        <source>Track line</source>
        <translation>Ligne de trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="94"/>
        <source>Imported {} fixes in {} track(s), {:.1f} km.</source>
        <translation>{} positions importées dans {} trajectoire(s), {:.1f} km.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="97"/>
        <source>Airspace file or http(s) URL</source>
        <translation>Fichier d'espace aérien ou URL http(s)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="97"/>
        <source>Airspace files (*.xml *.txt *.air *.openair *.json *.geojson *.aixm);;All files (*)</source>
        <translation>Fichiers d'espace aérien (*.xml *.txt *.air *.openair *.json *.geojson *.aixm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="105"/>
        <source>Outline tolerance (m)</source>
        <translation>Tolérance du contour (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="108"/>
        <source>Airspace closures</source>
        <translation>Fermetures d'espace aérien</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="109"/>
        <source>Airspaces imported</source>
        <translation>Espaces aériens importés</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="110"/>
        <source>Records skipped</source>
        <translation>Enregistrements ignorés</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="127"/>
        <source>Fetching {}</source>
        <translation>Récupération de {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="145"/>
        <source>{} airspace(s) read as {} from {}</source>
        <translation>{} espace(s) aérien(s) lu(s) au format {} depuis {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="151"/>
        <source>{} record(s) skipped in {} (all listed in the log):</source>
        <translation>{} enregistrement(s) ignoré(s) dans {} (tous répertoriés dans le journal) :</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="155"/>
        <source>... and {} more.</source>
        <translation>... et {} de plus.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="157"/>
        <source>Skipped: {}</source>
        <translation>Ignoré : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="65"/>
        <source>Layers to show</source>
        <translation>Couches à afficher</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="67"/>
        <source>Title (also the layout name)</source>
        <translation>Titre (aussi le nom de la mise en page)</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="75"/>
        <source>Balloon briefing</source>
        <translation>Note d'information sur le ballon</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="70"/>
        <source>Map extent (default: all layers)</source>
        <translation>Emprise de la carte (par défaut : toutes les couches)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="76"/>
        <source>Atlas layer (one page per feature)</source>
        <translation>Couche d'atlas (une page par entité)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="81"/>
        <source>Resolution (dpi)</source>
        <translation>Résolution (ppp)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="84"/>
        <source>Briefing file</source>
        <translation>Fichier de la note d'information</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="86"/>
        <source>Layout name</source>
        <translation>Nom de la mise en page</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="91"/>
        <source>no layers to show: choose at least one layer for the briefing</source>
        <translation>aucune couche à afficher : choisissez au moins une couche pour la note d'information</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="107"/>
        <source>Layout &apos;{}&apos; added to the project.</source>
        <translation>Mise en page '{}' ajoutée au projet.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="108"/>
        <source>Sites (points, lines or polygons)</source>
        <translation>Sites (points, lignes ou polygones)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="70"/>
        <source>Alert distance (metres)</source>
        <translation>Distance d'alerte (mètres)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="72"/>
        <source>Track parts inside the alert distance</source>
        <translation>Parties de trajectoire dans la distance d'alerte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="73"/>
        <source>Number of approaches</source>
        <translation>Nombre de rapprochements</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="92"/>
        <source>Track {} has no usable time values: time results are NULL.</source>
        <translation>La trajectoire {} n'a aucune valeur temporelle utilisable : les résultats temporels sont NULL.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="101"/>
        <source>{} site(s) have no value in &apos;{}&apos;: they are named &apos;site &lt;feature id&gt;&apos;.</source>
        <translation>{} site(s) sans valeur dans '{}' : ils sont nommés 'site &lt;identifiant de l'entité&gt;'.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="132"/>
        <source>{} approach(es) within {:.1f} km of {} site(s).</source>
        <translation>{} rapprochement(s) à moins de {:.1f} km de {} site(s).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="74"/>
        <source>Sites to protect</source>
        <translation>Sites à protéger</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="78"/>
        <source>Forecast points (time, alt_m, track_id)</source>
        <translation>Points de prévision (time, alt_m, track_id)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="84"/>
        <source>Window margin before and after the passage (minutes)</source>
        <translation>Marge de fenêtre avant et après le passage (minutes)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="86"/>
        <source>Vertical margin (m)</source>
        <translation>Marge verticale (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="96"/>
        <source>Also propose a corridor along the path</source>
        <translation>Proposer aussi un corridor le long de la trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="98"/>
        <source>Shoot-down time for a debris area (UTC, ISO 8601; empty: none)</source>
        <translation>Heure d'abattage pour une zone de débris (UTC, ISO 8601; vide : aucune)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="101"/>
        <source>Wind toward east for the debris fall (m/s)</source>
        <translation>Vent vers l'est pour la chute des débris (m/s)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="102"/>
        <source>Wind toward north for the debris fall (m/s)</source>
        <translation>Vent vers le nord pour la chute des débris (m/s)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="104"/>
        <source>Closures proposed</source>
        <translation>Fermetures proposées</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="141"/>
        <source>Forecast: {}</source>
        <translation>Prévision : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="162"/>
        <source>No forecast for track &apos;{}&apos; in the forecast layer: the track alone is used.</source>
        <translation>Aucune prévision pour la trajectoire '{}' dans la couche de prévision : seule la trajectoire est utilisée.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="188"/>
        <source>Debris model for &apos;{}&apos;: {}</source>
        <translation>Modèle de débris pour '{}' : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="191"/>
        <source>The track comes within {} m of none of the sites: nothing to propose (tick CORRIDOR for a corridor along the path).</source>
        <translation>La trajectoire ne passe à moins de {} m d'aucun site : rien à proposer (cochez CORRIDOR pour un corridor le long de la trajectoire).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="194"/>
        <source>{} ({} to {} UTC):</source>
        <translation>{} ({} à {} UTC) :</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="110"/>
        <source>Buffer distances in metres, comma-separated</source>
        <translation>Distances de zone tampon en mètres, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="113"/>
        <source>Per-site distance field (metres)</source>
        <translation>Champ de distance par site (mètres)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="116"/>
        <source>Tolerance (metres)</source>
        <translation>Tolérance (mètres)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="117"/>
        <source>Rings between successive distances (donuts)</source>
        <translation>Anneaux entre les distances successives (couronnes)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="119"/>
        <source>Site buffers</source>
        <translation>Zones tampons des sites</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="129"/>
        <source>Give at least one buffer distance in metres, or a distance field</source>
        <translation>Indiquez au moins une distance de zone tampon en mètres, ou un champ de distance</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="131"/>
        <source>The tolerance must be a positive number of metres</source>
        <translation>La tolérance doit être un nombre positif de mètres</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="232"/>
        <source>No site could be buffered</source>
        <translation>Aucune zone tampon n'a pu être créée autour des sites</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="140"/>
        <source>The tolerance ({} m) must be well below the smallest distance ({} m): use at most a tenth of it</source>
        <translation>La tolérance ({} m) doit être bien inférieure à la plus petite distance ({} m) : utilisez-en au plus le dixième</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="153"/>
        <source>{} buffer(s) around {} site(s).</source>
        <translation>{} zone(s) tampon(s) autour de {} site(s).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="196"/>
        <source>{} site(s) skipped: empty geometry or coordinates outside WGS 84 (feature ids {})</source>
        <translation>{} site(s) ignoré(s) : géométrie vide ou coordonnées hors de WGS 84 (identifiants d'entité {})</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="199"/>
        <source>{} site(s) skipped: the distance field &apos;{}&apos; is not a distance between 0 and 20,000,000 m (feature id (value): {})</source>
        <translation>{} site(s) ignoré(s) : le champ de distance '{}' ne contient pas une distance entre 0 et 20 000 000 m (identifiant d'entité (valeur) : {})</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="203"/>
        <source>{} invalid polygon(s) repaired (makeValid) before buffering</source>
        <translation>{} polygone(s) invalide(s) réparé(s) (makeValid) avant la création des zones tampons</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="218"/>
        <source>{} site(s) skipped: {}</source>
        <translation>{} site(s) ignoré(s) : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="74"/>
        <source>no layers to show: choose at least one valid layer for the briefing</source>
        <translation>aucune couche à afficher : choisissez au moins une couche valide pour la note d'information</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="79"/>
        <source>the atlas layer is not a valid vector layer</source>
        <translation>la couche d'atlas n'est pas une couche vectorielle valide</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="81"/>
        <source>the atlas layer has no features: there would be no page</source>
        <translation>la couche d'atlas n'a aucune entité : il n'y aurait aucune page</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="90"/>
        <source>the briefing template has no map item with the id &apos;main_map&apos;</source>
        <translation>le modèle de la note d'information n'a aucun élément de carte avec l'identifiant 'main_map'</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="224"/>
        <source>Produced {} UTC</source>
        <translation>Produit le {} UTC</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="128"/>
        <source>the layout &apos;{}&apos; could not be added to the project</source>
        <translation>la mise en page '{}' n'a pas pu être ajoutée au projet</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="139"/>
        <source>the briefing template cannot be read: {}</source>
        <translation>le modèle de la note d'information ne peut pas être lu : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="142"/>
        <source>the briefing template is not valid XML: {}</source>
        <translation>le modèle de la note d'information n'est pas un XML valide : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="146"/>
        <source>the briefing template could not be loaded: {}</source>
        <translation>le modèle de la note d'information n'a pas pu être chargé : {}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/project.py" line="183"/>
        <source>the map extent cannot be projected to {}; choose a smaller extent</source>
        <translation>l'emprise de la carte ne peut pas être projetée dans {}; choisissez une emprise plus petite</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="170"/>
        <source>the layers have no features to show and no extent was given</source>
        <translation>les couches n'ont aucune entité à afficher et aucune emprise n'a été fournie</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="190"/>
        <source>the map extent is empty or invalid</source>
        <translation>l'emprise de la carte est vide ou invalide</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="199"/>
        <source>the map extent lies outside the world (longitude -180..180, latitude -90..90)</source>
        <translation>l'emprise de la carte est hors du monde (longitude -180..180, latitude -90..90)</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="200"/>
        <source>The map extent ({}) is larger than the world; it was clamped to {}.</source>
        <translation>L'emprise de la carte ({}) est plus grande que le monde; elle a été ramenée à {}.</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="205"/>
        <source>the map extent has no width or no height</source>
        <translation>l'emprise de la carte n'a pas de largeur ou pas de hauteur</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/project.py" line="241"/>
        <source>the local map projection could not be created ({})</source>
        <translation>la projection cartographique locale n'a pas pu être créée ({})</translation>
    </message>
    <message>
        <location filename="../plugin/layout/items.py" line="128"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../plugin/layout/tables.py" line="95"/>
        <source>CPA km</source>
        <translation>CPA km</translation>
    </message>
    <message>
        <location filename="../plugin/layout/tables.py" line="96"/>
        <source>CPA NM</source>
        <translation>CPA NM</translation>
    </message>
    <message>
        <location filename="../plugin/layout/tables.py" line="94"/>
        <source>CPA time UTC</source>
        <translation>Heure CPA UTC</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="222"/>
        <source>page {} of {}: {}</source>
        <translation>page {} de {} : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/texts.py" line="79"/>
        <source>{} to {} UTC</source>
        <translation>{} à {} UTC</translation>
    </message>
    <message>
        <location filename="../plugin/layout/texts.py" line="96"/>
        <source>memory layer</source>
        <translation>couche en mémoire</translation>
    </message>
    <message>
        <location filename="../plugin/layout/texts.py" line="116"/>
        <source>Made with {} {}</source>
        <translation>Réalisé avec {} {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/texts.py" line="112"/>
        <source>Data: {}</source>
        <translation>Données : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/texts.py" line="114"/>
        <source>Map projection: {}</source>
        <translation>Projection cartographique : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="43"/>
        <source>the output must end in .pdf, .png or .svg</source>
        <translation>la sortie doit se terminer par .pdf, .png ou .svg</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="45"/>
        <source>the resolution must be between {} and {} dpi</source>
        <translation>la résolution doit être comprise entre {} et {} ppp</translation>
    </message>
    <message>
        <location filename="../plugin/core/gpkg.py" line="258"/>
        <source>the output folder does not exist</source>
        <translation>le dossier de sortie n'existe pas</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="50"/>
        <source>the output path is a folder, not a file</source>
        <translation>le chemin de sortie est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="54"/>
        <source>cannot write in the output folder ({})</source>
        <translation>impossible d'écrire dans le dossier de sortie ({})</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="62"/>
        <source>the export produced no file</source>
        <translation>l'exportation n'a produit aucun fichier</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="68"/>
        <source>the export could not be written ({})</source>
        <translation>l'exportation n'a pas pu être écrite ({})</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="128"/>
        <source>the atlas could not be prepared</source>
        <translation>l'atlas n'a pas pu être préparé</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="133"/>
        <source>the atlas could not go to feature {}</source>
        <translation>l'atlas n'a pas pu passer à l'entité {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="170"/>
        <source>the file could not be written</source>
        <translation>le fichier n'a pas pu être écrit</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="171"/>
        <source>not enough memory for this page size and resolution (lower the DPI)</source>
        <translation>mémoire insuffisante pour cette taille de page et cette résolution (réduisez la résolution en ppp)</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="173"/>
        <source>the PDF could not be produced</source>
        <translation>le PDF n'a pas pu être produit</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="174"/>
        <source>the SVG layers could not be produced</source>
        <translation>les couches SVG n'ont pas pu être produites</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="175"/>
        <source>the atlas could not be iterated</source>
        <translation>l'atlas n'a pas pu être parcouru</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="177"/>
        <source>the export failed</source>
        <translation>l'exportation a échoué</translation>
    </message>
    <message>
        <location filename="../plugin/layout/export.py" line="178"/>
        <source>Export failed: {}.</source>
        <translation>Échec de l'exportation : {}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="136"/>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="99"/>
        <source>Flag closures entered by the track</source>
        <translation>Signaler les fermetures traversées par la trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="80"/>
        <source>Forecast track (points, uncertainty cone, ETA)</source>
        <translation>Prévoir la trajectoire (points, cône d'incertitude, heures d'arrivée)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="49"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="42"/>
        <source>Import balloon track</source>
        <translation>Importer une trajectoire de ballon</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="57"/>
        <source>Column mapping for CSV without a usable header (e.g. time=1, lat=2, lon=3, alt=4)</source>
        <translation>Correspondance des colonnes pour un CSV sans en-tête utilisable (p. ex. time=1, lat=2, lon=3, alt=4)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="89"/>
        <source>Import airspace closures (TFR, NOTAM, OpenAir, AIXM, GeoJSON)</source>
        <translation>Importer des fermetures de l'espace aérien (TFR, NOTAM, OpenAir, AIXM, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="79"/>
        <source>Writing the output failed: {}</source>
        <translation>L'écriture de la sortie a échoué : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="48"/>
        <source>Export briefing layout</source>
        <translation>Exporter la mise en page de la note d'information</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="50"/>
        <source>Reporting</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="59"/>
        <source>Approaches to sites (CPA, dwell)</source>
        <translation>Approches des sites (CPA, durée)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="46"/>
        <source>For every site (point, line or polygon) and every pass of the track within the alert distance, finds the closest point of approach along the track (between fixes, geodesic on WGS 84), the time and altitude there, the bearing from the site, and where the track crossed the alert radius (enter/exit times, dwell time).

Track: a point layer with one feature per fix, fields time, alt_m and track_id (as Import balloon track writes them). Without a time field the analysis still runs and every time result is NULL (a warning says so); without alt_m the altitude is taken from Z if the points have it, else NULL.
A pass that starts or ends inside the radius (first or last fix) has a NULL enter or exit time.

Outputs: one point per pass at the CPA (site_id, site_name, track_id, cpa_m, cpa_time, cpa_alt_m, bearing_deg, enter_time, exit_time, dwell_s) and the track parts inside the radius (LineStringZM, Z = altitude, M = epoch seconds; unknown values are stored as 0). The results also hold EVENT_COUNT and SITES_ENTERED (the names of the sites approached).</source>
        <translation>Pour chaque site (point, ligne ou polygone) et chaque passage de la trajectoire à moins de la distance d'alerte, trouve le point de rapprochement maximal le long de la trajectoire (entre les positions, géodésique sur WGS 84), l'heure et l'altitude à cet endroit, le relèvement depuis le site et les points où la trajectoire a coupé le rayon d'alerte (heures d'entrée et de sortie, durée).

Trajectoire : une couche de points avec une entité par position, champs time, alt_m et track_id (tels que les écrit Importer une trajectoire de ballon). Sans champ time, l'analyse s'exécute quand même et tous les résultats horaires sont NULL (un avertissement le dit); sans alt_m, l'altitude est prise du Z si les points en ont un, sinon NULL.
Un passage qui commence ou finit dans le rayon (première ou dernière position) a une heure d'entrée ou de sortie NULL.

Sorties : un point par passage au rapprochement maximal (site_id, site_name, track_id, cpa_m, cpa_time, cpa_alt_m, bearing_deg, enter_time, exit_time, dwell_s) et les parties de trajectoire dans le rayon (LineStringZM, Z = altitude, M = secondes epoch; les valeurs inconnues sont enregistrées comme 0). Les résultats contiennent aussi EVENT_COUNT et SITES_ENTERED (les noms des sites approchés).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="58"/>
        <source>Propose closures (TFR text) for the passage</source>
        <translation>Proposer des fermetures (texte de TFR) pour le passage</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="100"/>
        <source>Buffer sites (geodesic)</source>
        <translation>Zones tampons des sites (géodésiques)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="86"/>
        <source>Draws geodesic buffers (true distances on the WGS 84 ellipsoid, not planar circles) around every site of a point, line or polygon layer, at one or more distances.

&lt;b&gt;Distances&lt;/b&gt;: comma-separated metres, e.g. 25000,50000,100000 (a &apos;km&apos; suffix per value is accepted). Zero, negative values or values above 20,000 km are refused.
&lt;b&gt;Distance field&lt;/b&gt; (optional): a per-site radius in metres; it replaces the distances for that site. Sites whose field is empty use the distances above; sites whose value is not a usable distance are skipped with a warning.
&lt;b&gt;Tolerance&lt;/b&gt;: every edge of the output stays within this many metres of the true buffer distance (default 1 m).
&lt;b&gt;Donuts&lt;/b&gt;: rings between successive distances instead of full discs.

Output: polygons in EPSG:4326 with the site&apos;s fields plus ring_m (the outer distance). Buffers crossing the antimeridian are split there; buffers containing a pole are closed over it. Buffers of lines passing within the distance of a pole are not supported: those sites are skipped with a warning.</source>
        <translation>Trace des zones tampons géodésiques (vraies distances sur l'ellipsoïde WGS 84, pas des cercles planaires) autour de chaque site d'une couche de points, de lignes ou de polygones, à une ou plusieurs distances.

&lt;b&gt;Distances&lt;/b&gt; : mètres séparés par des virgules, p. ex. 25000,50000,100000 (un suffixe « km » par valeur est accepté). Les valeurs nulles, négatives ou supérieures à 20 000 km sont refusées.
&lt;b&gt;Champ de distance&lt;/b&gt; (facultatif) : un rayon par site en mètres; il remplace les distances pour ce site. Les sites dont le champ est vide utilisent les distances ci-dessus; ceux dont la valeur n'est pas une distance utilisable sont ignorés avec un avertissement.
&lt;b&gt;Tolérance&lt;/b&gt; : chaque côté de la sortie reste à moins de ce nombre de mètres de la vraie distance de la zone tampon (1 m par défaut).
&lt;b&gt;Couronnes&lt;/b&gt; : des anneaux entre les distances successives au lieu de disques pleins.

Sortie : des polygones en EPSG:4326 avec les champs du site plus ring_m (la distance extérieure). Les zones tampons qui traversent l'antiméridien y sont coupées; celles qui contiennent un pôle sont fermées par-dessus. Les zones tampons de lignes passant à moins de la distance d'un pôle ne sont pas prises en charge : ces sites sont ignorés avec un avertissement.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="144"/>
        <source> h ahead</source>
        <translation> h d'avance</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="147"/>
        <source>Persistence forecast of the track in &apos;Track points&apos; (Sites section), cone calibrated on its own history, arrival times at the sites</source>
        <translation>Prévision par persistance de la trajectoire choisie dans « Points de trajectoire » (section Sites), cône calibré sur son propre historique, heures d'arrivée aux sites</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="240"/>
        <source>Import a track first (or choose its point layer in the Sites section).</source>
        <translation>Importez d'abord une trajectoire (ou choisissez sa couche de points dans la section Sites).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="274"/>
        <source>Forecast cone</source>
        <translation>Cône de prévision</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="278"/>
        <source>Forecast arrival times</source>
        <translation>Heures d'arrivée prévues</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="283"/>
        <source>Forecast: {} may reach {} from {} (most likely {}).</source>
        <translation>Prévision : {} pourrait atteindre {} dès {} (le plus probable : {}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="283"/>
        <source>not on the central path</source>
        <translation>hors de l'axe central</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="287"/>
        <source>Forecast written for the next {} h.</source>
        <translation>Prévision écrite pour les {} prochaines heures.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="91"/>
        <source>Written to {}.</source>
        <translation>Écrit dans {}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="93"/>
        <source>This is a temporary folder: choose a case file at the top of the dock to keep your work.</source>
        <translation>C'est un dossier temporaire : choisissez un fichier de cas en haut du panneau pour conserver votre travail.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="106"/>
        <source>The dock could not prepare {}: {}</source>
        <translation>Le panneau n'a pas pu préparer {} : {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="370"/>
        <source>{} came within {} of {} ({}).</source>
        <translation>{} s'est approché à {} de {} ({}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="372"/>
        <source>{} approach(es) within {}.</source>
        <translation>{} rapprochement(s) à moins de {}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="80"/>
        <source>Case file</source>
        <translation>Fichier du cas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="88"/>
        <source>as donuts</source>
        <translation>en couronnes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_panel.py" line="143"/>
        <source>Copy details</source>
        <translation>Copier le détail</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="109"/>
        <source>Rings between the distances instead of full discs</source>
        <translation>Anneaux entre les distances au lieu de disques pleins</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="112"/>
        <source>The GeoPackage (or folder) where this case&apos;s layers are written; kept for the next session</source>
        <translation>Le GeoPackage (ou dossier) où sont écrites les couches de ce cas ; conservé pour la prochaine session</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="118"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="119"/>
        <source>not chosen yet</source>
        <translation>pas encore choisi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="134"/>
        <source>e.g. time=1, lat=2, lon=3, alt=4</source>
        <translation>p. ex. time=1, lat=2, lon=3, alt=4</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="135"/>
        <source>Only if the preview shows the columns wrongly</source>
        <translation>Seulement si l'aperçu se trompe de colonnes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Site id</source>
        <translation>Id. du site</translation>
    </message>
    <message>
        <location filename="../plugin/layout/tables.py" line="92"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Track</source>
        <translation>Trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Closest approach</source>
        <translation>Distance minimale</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>CPA time (UTC)</source>
        <translation>Heure CPA (UTC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Altitude at CPA</source>
        <translation>Altitude au CPA</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Bearing from site</source>
        <translation>Relèvement depuis le site</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Entry (UTC)</source>
        <translation>Entrée (UTC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Exit (UTC)</source>
        <translation>Sortie (UTC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Dwell</source>
        <translation>Durée de présence</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Earliest entry (UTC)</source>
        <translation>Entrée au plus tôt (UTC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Likely entry (UTC)</source>
        <translation>Entrée probable (UTC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Forecast CPA time (UTC)</source>
        <translation>Heure du CPA prévu (UTC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Forecast CPA</source>
        <translation>CPA prévu</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>CPA uncertainty</source>
        <translation>Incertitude du CPA</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Inside now</source>
        <translation>À l'intérieur maintenant</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Ident</source>
        <translation>Ident.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Floor</source>
        <translation>Plancher</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Floor ref.</source>
        <translation>Réf. plancher</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Ceiling</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Ceiling ref.</source>
        <translation>Réf. plafond</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Active from (UTC)</source>
        <translation>Active de (UTC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Active to (UTC)</source>
        <translation>Active à (UTC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Schedule</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../plugin/layout/tables.py" line="86"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>First entry (UTC)</source>
        <translation>Première entrée (UTC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Last exit (UTC)</source>
        <translation>Dernière sortie (UTC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Time inside</source>
        <translation>Durée à l'intérieur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Least vertical separation</source>
        <translation>Séparation verticale minimale</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="36"/>
        <source>violated</source>
        <translation>violée</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="36"/>
        <source>inactive at passage</source>
        <translation>inactive au passage</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="36"/>
        <source>passed over</source>
        <translation>survolée</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="36"/>
        <source>passed under</source>
        <translation>passée dessous</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="36"/>
        <source>clear</source>
        <translation>dégagée</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_panel.py" line="143"/>
        <source>Copy NOTAM text</source>
        <translation>Copier le texte du NOTAM</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_panel.py" line="180"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_panel.py" line="205"/>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="253"/>
        <source>No case file chosen: outputs go to a temporary folder.</source>
        <translation>Aucun fichier de cas choisi : les sorties vont dans un dossier temporaire.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="255"/>
        <source>No case file chosen: outputs go beside the project.</source>
        <translation>Aucun fichier de cas choisi : les sorties vont à côté du projet.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="115"/>
        <source>The case folder cannot be created: {}</source>
        <translation>Le dossier du cas ne peut pas être créé : {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_panel.py" line="57"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_panel.py" line="57"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="38"/>
        <source>Used until a case file is chosen at the top of the dock</source>
        <translation>Utilisé tant qu'aucun fichier de cas n'est choisi en haut du panneau</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="271"/>
        <source>Track &apos;{}&apos; is {} but was extrapolated as you asked: the forecast carries it on as if it were floating.</source>
        <translation>La trajectoire « {} » est à l'état « {} » mais a été extrapolée comme demandé : la prévision la prolonge comme si le ballon flottait.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="392"/>
        <source>{} and {} more</source>
        <translation>{} et {} autre(s)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="402"/>
        <source>Imported {} airspace volume(s) from {} file(s); {} record(s) skipped.</source>
        <translation>{} volume(s) d'espace aérien importé(s) depuis {} fichier(s) ; {} enregistrement(s) ignoré(s).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="405"/>
        <source>{} invalid outline(s) repaired and kept: details in the log.</source>
        <translation>{} contour(s) invalide(s) réparé(s) et conservé(s) : détails dans le journal.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="469"/>
        <source>{} with assumed limits ({}): the balloon&apos;s altitude is unknown there.</source>
        <translation>{} avec des limites supposées ({}) : l'altitude du ballon y est inconnue.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/quality.py" line="119"/>
        <source>times absent</source>
        <translation>heures absentes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="41"/>
        <source>{} to {} UTC ({} h)</source>
        <translation>{} à {} UTC ({} h)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/quality.py" line="123"/>
        <source>altitude absent</source>
        <translation>altitude absente</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="51"/>
        <source>altitude {} to {} ft</source>
        <translation>altitude {} à {} ft</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="52"/>
        <source>{} to {}</source>
        <translation>{} à {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="71"/>
        <source>{} fixes in {} track(s) from {}.</source>
        <translation>{} positions dans {} trajectoire(s) à partir de {}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="72"/>
        <source>Time span: {}.</source>
        <translation>Période : {}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="72"/>
        <source>Altitude: {}.</source>
        <translation>Altitude : {}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="73"/>
        <source>Absent: {}</source>
        <translation>Absent : {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="73"/>
        <source>Doubtful: {}</source>
        <translation>Douteux : {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="73"/>
        <source>Assumed: {}</source>
        <translation>Supposé : {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="78"/>
        <source>Imported {} fixes in {} track(s) from {}: {}, {}.</source>
        <translation>{} positions importées dans {} trajectoire(s) à partir de {} : {}, {}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="83"/>
        <source>{} absent or doubtful: see the Tracks section.</source>
        <translation>{} absent(s) ou douteux : voir la section Trajectoires.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="91"/>
        <source>{} {}</source>
        <translation>{} {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="92"/>
        <source>{} checked: {}.</source>
        <translation>{} vérifiée(s) : {}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="196"/>
        <source>Track &apos;{}&apos;: {}.</source>
        <translation>Trajectoire « {} » : {}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="94"/>
        <source>Closure radius</source>
        <translation>Rayon de fermeture</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="103"/>
        <source>Radius of each proposed closure (corridor half-width): its own value, not the alert radius used to watch the sites</source>
        <translation>Rayon de chaque fermeture proposée (demi-largeur du couloir) : une valeur propre, distincte du rayon d'alerte qui surveille les sites</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="105"/>
        <source>Floor where the balloon&apos;s altitude is unknown (feet MSL)</source>
        <translation>Plancher là où l'altitude du ballon est inconnue (pieds au-dessus du niveau de la mer)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="106"/>
        <source>Ceiling where the balloon&apos;s altitude is unknown (flight level)</source>
        <translation>Plafond là où l'altitude du ballon est inconnue (niveau de vol)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="107"/>
        <source>After an import: fixes, tracks, time span, altitude range and what was absent, doubtful or assumed.</source>
        <translation>Après un import : positions, trajectoires, période, plage d'altitude et ce qui était absent, douteux ou supposé.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="154"/>
        <source>Extrapolate anyway</source>
        <translation>Extrapoler quand même</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="156"/>
        <source>Forecast even a balloon that has landed or is descending (it is normally not carried on, and the reason is said)</source>
        <translation>Prévoir même un ballon posé ou en descente (il n'est normalement pas prolongé, et la raison est indiquée)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="174"/>
        <source>One or several files (e.g. an AIXM BASELINE and its TEMPDELTA activations), or a URL</source>
        <translation>Un ou plusieurs fichiers (par exemple une BASELINE AIXM et ses activations TEMPDELTA), ou une URL</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="186"/>
        <source> ft</source>
        <translation> ft</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="187"/>
        <source>SFC</source>
        <translation>SFC</translation>
    </message>
    <message>
        <location filename="../plugin/layout/tables.py" line="81"/>
        <source>FL</source>
        <translation>FL</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Airspace type</source>
        <translation>Type d'espace</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Outline repair</source>
        <translation>Réparation du contour</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="13"/>
        <source>Limits assumed</source>
        <translation>Limites supposées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="42"/>
        <source>on ground</source>
        <translation>au sol</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="42"/>
        <source>descending</source>
        <translation>en descente</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="42"/>
        <source>floating</source>
        <translation>en palier</translation>
    </message>
    <message>
        <location filename="../plugin/gui/titles.py" line="42"/>
        <source>ascending</source>
        <translation>en montée</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/project.py" line="269"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="85"/>
        <source>Checks each airspace closure against the balloon track(s) and gives it a status: &lt;b&gt;violated&lt;/b&gt; (inside the outline, between floor and ceiling, while active), &lt;b&gt;passed over&lt;/b&gt; or &lt;b&gt;passed under&lt;/b&gt; (inside the outline but above the ceiling or below the floor), &lt;b&gt;inactive at passage&lt;/b&gt; (inside the volume outside its active window) or &lt;b&gt;clear&lt;/b&gt;.

Between fixes the balloon moves linearly in time; entry and exit times are where the track crosses the outline, not fix times. AGL limits need the ground height: give a DEM (metres, band 1); without one the ground is taken as 0 m MSL and the closure&apos;s note says so. Fixes without altitude count as inside every vertical band.

Outputs: the closures with every input field plus status, first_entry, last_exit, inside_s (violated time, else time inside the outline), min_vsep_m and note; and the track pieces inside each closure (enter/exit times, violated). Every closure checked is in the output with its status, clear ones included. The results hold CHECKED and VIOLATED (counts), VIOLATED_IDENTS, STATUSES (count per status) and CLOSURES (ident, name, status, first entry, last exit, inside_s, note of every closure checked).</source>
        <translation>Vérifie chaque fermeture d'espace aérien contre la ou les trajectoires du ballon et lui donne un état : &lt;b&gt;violée&lt;/b&gt; (dans le contour, entre plancher et plafond, pendant son activité), &lt;b&gt;survolée&lt;/b&gt; ou &lt;b&gt;passée dessous&lt;/b&gt; (dans le contour mais au-dessus du plafond ou sous le plancher), &lt;b&gt;inactive au passage&lt;/b&gt; (dans le volume hors de sa période d'activité) ou &lt;b&gt;dégagée&lt;/b&gt;.

Entre deux positions, le ballon se déplace linéairement dans le temps ; les heures d'entrée et de sortie sont celles où la trajectoire coupe le contour, pas celles des positions. Les limites AGL demandent la hauteur du sol : donnez un MNT (mètres, bande 1) ; sans MNT, le sol est pris à 0 m MSL et la note de la fermeture le dit. Les positions sans altitude comptent comme dans toute tranche verticale.

Sorties : les fermetures avec tous leurs champs d'entrée plus status, first_entry, last_exit, inside_s (durée de violation, sinon durée dans le contour), min_vsep_m et note ; et les morceaux de trajectoire dans chaque fermeture (heures d'entrée et de sortie, violated). Chaque fermeture vérifiée figure dans la sortie avec son état, dégagées comprises. Les résultats contiennent CHECKED et VIOLATED (nombres), VIOLATED_IDENTS, STATUSES (nombre par état) et CLOSURES (identifiant, nom, état, première entrée, dernière sortie, inside_s, note de chaque fermeture vérifiée).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="115"/>
        <source>Closures checked</source>
        <translation>Fermetures vérifiées</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="176"/>
        <source>{} closure(s) checked against {} track(s): {}</source>
        <translation>{} fermeture(s) vérifiée(s) contre {} trajectoire(s) : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="179"/>
        <source> ({} to {} UTC)</source>
        <translation> ({} à {} UTC)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="180"/>
        <source>{}: {} {}{}</source>
        <translation>{} : {} {}{}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="61"/>
        <source>Forecasts where each balloon of a track layer goes next, with an uncertainty cone and arrival times at sites.

Methods: &lt;b&gt;persistence&lt;/b&gt; continues the mean geodesic velocity of the last WINDOW_H hours; &lt;b&gt;wind field&lt;/b&gt; drifts the balloon from its last fix, at its altitude, through a GRIB2/NetCDF grid of u/v winds on pressure levels (the grid must cover the place, the hours and the altitude); &lt;b&gt;prediction file&lt;/b&gt; reads a Tawhiri or SondeHub predictor answer (JSON) for the track.

Uncertainty: with CALIBRATE the cone is measured on the track&apos;s own history (forecasts made from past fixes compared with where the balloon really went, 90th percentile error at 1, 6 and 24 h); when the history is too short the stated default cone is used with a warning. Predictor files give no uncertainty: the default wind-grid cone is applied to them.

Flight state: from the last 30 minutes of fixes each track is on the ground, descending, floating or ascending (the log says which and why; FLIGHT_STATES in the results). A landed or descending balloon is not carried on by persistence or a constant-altitude wind forecast (IGNORE_STATE overrides); a prediction file that does not reach the track&apos;s last fix in time (12 h) and place (500 km) is refused with the mismatch stated.

Sites (points, optional): earliest entry (the cone edge reaches the alert distance), likely entry (the forecast centre line does), closest approach and its uncertainty. The results also hold ETA (one entry per track and site) and BACKTEST (errors at 1, 6 and 24 h when calibrated).</source>
        <translation>Prévoit où va ensuite chaque ballon d'une couche de trajectoires, avec un cône d'incertitude et les heures d'arrivée aux sites.

Méthodes : la &lt;b&gt;persistance&lt;/b&gt; prolonge la vitesse géodésique moyenne des WINDOW_H dernières heures ; le &lt;b&gt;champ de vent&lt;/b&gt; fait dériver le ballon depuis sa dernière position, à son altitude, dans une grille GRIB2/NetCDF de vents u/v sur niveaux de pression (la grille doit couvrir le lieu, les heures et l'altitude) ; le &lt;b&gt;fichier de prédiction&lt;/b&gt; lit une réponse de prédicteur Tawhiri ou SondeHub (JSON) pour la trajectoire.

Incertitude : avec CALIBRATE, le cône est mesuré sur l'historique de la trajectoire (prévisions faites depuis des positions passées comparées avec le trajet réel, erreur au 90e centile à 1, 6 et 24 h) ; si l'historique est trop court, le cône par défaut indiqué est utilisé avec un avertissement. Les fichiers de prédiction ne donnent pas d'incertitude : le cône par défaut de la grille de vent leur est appliqué.

État du vol : d'après les 30 dernières minutes de positions, chaque trajectoire est au sol, en descente, en palier ou en montée (le journal dit lequel et pourquoi ; FLIGHT_STATES dans les résultats). Un ballon posé ou en descente n'est pas prolongé par la persistance ni par une prévision de vent à altitude constante (IGNORE_STATE passe outre) ; un fichier de prédiction qui n'atteint pas la dernière position de la trajectoire dans le temps (12 h) et dans l'espace (500 km) est refusé avec l'écart indiqué.

Sites (points, facultatif) : entrée au plus tôt (le bord du cône atteint la distance d'alerte), entrée probable (la ligne centrale de la prévision l'atteint), approche la plus proche et son incertitude. Les résultats contiennent aussi ETA (une entrée par trajectoire et par site) et BACKTEST (erreurs à 1, 6 et 24 h quand la prévision est calibrée).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="119"/>
        <source>Forecast even a balloon that has landed or is descending</source>
        <translation>Prévoir même un ballon posé ou en descente</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="27"/>
        <source>Reads a balloon track from a file (CSV/TSV, GPX, KML/KMZ, GeoJSON, Moving Features JSON, SondeHub JSON, APRS log, UKHAS sentences), an http(s) URL, or &apos;sondehub:CALLSIGN&apos;. The format is detected from the content. Writes one point per fix (track_id, time in UTC, alt_m, geodesic speed_ms, heading_deg, vrate_ms, source and the original attributes) and one line per track (LineStringZM, split at the antimeridian, with start_time, end_time, geodesic length_m). Rows that cannot be read are skipped and reported with their line numbers. Several sources of the same object (files, URLs, callsigns) can be given separated by &apos;;&apos;: they are merged, identical fixes removed. A CSV without a usable header takes a column mapping such as &apos;time=1, lat=2, lon=3, alt=4&apos;.

Logger and tracker columns are kept in SI units with the unit said: GPS and barometric altitude (one chosen for alt_m, the choice stated), reported speed, heading, vertical rate, pressure and temperature. Fixes with coordinates, altitudes (-500..60,000 m) or times (1900..2100) outside physical ranges are refused with their lines; the same fix given twice is merged. A Tawhiri or SondeHub prediction JSON imports as a track marked predicted. After each import the log and the SUMMARY result give the fixes, tracks, time span, altitude range and what was absent, doubtful or assumed.</source>
        <translation>Lit une trajectoire de ballon depuis un fichier (CSV/TSV, GPX, KML/KMZ, GeoJSON, JSON Moving Features, JSON SondeHub, journal APRS, phrases UKHAS), une URL http(s) ou « sondehub:INDICATIF ». Le format est détecté d'après le contenu. Écrit un point par position (track_id, heure en UTC, alt_m, speed_ms géodésique, heading_deg, vrate_ms, source et les attributs d'origine) et une ligne par trajectoire (LineStringZM, coupée à l'antiméridien, avec start_time, end_time et length_m géodésique). Les lignes illisibles sont ignorées et signalées avec leur numéro. Plusieurs sources du même objet (fichiers, URL, indicatifs) peuvent être données séparées par « ; » : elles sont fusionnées, les positions identiques supprimées. Un CSV sans en-tête utilisable accepte une correspondance de colonnes comme « time=1, lat=2, lon=3, alt=4 ».

Les colonnes des enregistreurs et traqueurs sont conservées en unités SI avec l'unité indiquée : altitude GPS et barométrique (l'une choisie pour alt_m, le choix indiqué), vitesse déclarée, cap, vitesse verticale, pression et température. Les positions dont les coordonnées, altitudes (-500..60 000 m) ou heures (1900..2100) sortent des plages physiques sont refusées avec leurs lignes ; une même position donnée deux fois est fusionnée. Un JSON de prédiction Tawhiri ou SondeHub s'importe comme une trajectoire marquée prédite. Après chaque import, le journal et le résultat SUMMARY donnent les positions, les trajectoires, la période, la plage d'altitude et ce qui était absent, douteux ou supposé.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="63"/>
        <source>Import summary</source>
        <translation>Résumé de l'import</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="64"/>
        <source>Fixes</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="64"/>
        <source>First time (epoch s)</source>
        <translation>Première heure (s epoch)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="64"/>
        <source>Last time (epoch s)</source>
        <translation>Dernière heure (s epoch)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="64"/>
        <source>Lowest altitude (m)</source>
        <translation>Altitude la plus basse (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="64"/>
        <source>Highest altitude (m)</source>
        <translation>Altitude la plus haute (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="74"/>
        <source>Reads airspace closures from a file or an http(s) address: FAA TFR XML (tfr.faa.gov detail pages), FAA domestic or ICAO NOTAM text (or NOTAM JSON), OpenAir, AIXM 5.1 or GeoJSON. The format is detected from the content unless FORMAT says otherwise.

Circles, arcs and edges are drawn as geodesics to within TOLERANCE metres. Limits are in metres with their reference kept: SFC, MSL, AGL (needs the terrain height when flagging), STD (flight levels, 1 FL = 100 ft of pressure altitude) and UNL (no ceiling: ceiling_m is NULL). start_time and end_time are UTC; NULL when the closure is permanent or its window unknown.

Malformed records are skipped and listed with their line numbers (the first few as warnings, all of them in the log); the results hold COUNT (imported), SKIPPED and REPAIRED.

Outlines that cross themselves are repaired (make-valid, per part) and kept, never dropped: the repair is in the &lt;i&gt;repair&lt;/i&gt; field and in the log with the airspace&apos;s name and line. The airspace class and type are kept in the &lt;i&gt;class&lt;/i&gt; and &lt;i&gt;type&lt;/i&gt; fields (the style&apos;s categories). MORE_FILES reads further files in the same run: AIXM TEMPDELTA activations are applied to their BASELINE airspace from any of them. The legacy FAA TFRSET export is read through the NOTAM text of its records.</source>
        <translation>Lit des fermetures d'espace aérien depuis un fichier ou une adresse http(s) : XML TFR de la FAA (pages de détail tfr.faa.gov), texte NOTAM domestique FAA ou OACI (ou JSON NOTAM), OpenAir, AIXM 5.1 ou GeoJSON. Le format est détecté d'après le contenu sauf si FORMAT en décide autrement.

Cercles, arcs et côtés sont tracés comme des géodésiques à TOLERANCE mètres près. Les limites sont en mètres avec leur référence : SFC, MSL, AGL (la hauteur du terrain est nécessaire lors de la vérification), STD (niveaux de vol, 1 FL = 100 ft d'altitude pression) et UNL (pas de plafond : ceiling_m est NULL). start_time et end_time sont en UTC ; NULL quand la fermeture est permanente ou sa période inconnue.

Les enregistrements mal formés sont ignorés et listés avec leur numéro de ligne (les premiers en avertissement, tous dans le journal) ; les résultats contiennent COUNT (importés), SKIPPED et REPAIRED.

Les contours qui se recoupent sont réparés (make-valid, par partie) et conservés, jamais abandonnés : la réparation figure dans le champ &lt;i&gt;repair&lt;/i&gt; et dans le journal avec le nom et la ligne de l'espace. La classe et le type d'espace sont conservés dans les champs &lt;i&gt;class&lt;/i&gt; et &lt;i&gt;type&lt;/i&gt; (les catégories du style). MORE_FILES lit d'autres fichiers dans la même exécution : les activations AIXM TEMPDELTA sont appliquées à leur espace BASELINE quel que soit le fichier. L'ancien export TFRSET de la FAA est lu par le texte NOTAM de ses enregistrements.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="100"/>
        <source>More airspace files read in the same run (separated by &apos;;&apos;), e.g. the AIXM BASELINE that TEMPDELTA activations apply to</source>
        <translation>Autres fichiers d'espace aérien lus dans la même exécution (séparés par « ; »), par exemple la BASELINE AIXM à laquelle s'appliquent les activations TEMPDELTA</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="111"/>
        <source>Invalid outlines repaired and kept</source>
        <translation>Contours invalides réparés et conservés</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="136"/>
        <source>{} AIXM TEMPDELTA activation(s) applied to their BASELINE airspace.</source>
        <translation>{} activation(s) AIXM TEMPDELTA appliquée(s) à leur espace BASELINE.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="162"/>
        <source>Airspace &apos;{}&apos; (line {}): {}</source>
        <translation>Espace « {} » (ligne {}) : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="42"/>
        <source>Proposes temporary flight restrictions for the balloon&apos;s passage, each with FAA NOTAM-style text (centre DDMMSSN DDDMMSSW and radius in NM or a vertex chain, band SFC-FLxxx, window YYMMDDhhmm-YYMMDDhhmm UTC) in the &lt;i&gt;text&lt;/i&gt; field, ready to copy.

&lt;b&gt;Sites&lt;/b&gt; (points): a circle of RADIUS around every site the track (and the forecast, when given) comes within RADIUS of, active while it does, widened by MARGIN_MIN on each side. &lt;b&gt;Corridor&lt;/b&gt; (or no sites): a band of half-width RADIUS along the whole path. Vertical band: the balloon&apos;s altitudes there +- VERTICAL_MARGIN, widened to whole 10-FL steps (geometric altitude taken as pressure altitude). Where the balloon&apos;s altitude is unknown (or always, with FIXED_LIMITS) FLOOR_FT and CEILING_FL are used and the &lt;i&gt;limits&lt;/i&gt; field and the NOTAM text say these limits are assumed.

Defaults follow FAA national defense airspace practice (TFRs under 14 CFR 99.7): a 30 NM radius, from the surface, up to FL650 where the altitude is unknown (above the 60,000-65,000 ft of the 2023 balloon and above FL600, the top of Class A). The radius is the closure&apos;s own, not the alert radius used to watch the sites.

&lt;b&gt;Debris&lt;/b&gt;: with SHOOTDOWN_TIME (UTC, e.g. 2023-02-04T19:39:00Z) a debris hazard area downwind of the balloon&apos;s position at that time, from a stated fall model (terminal velocity growing with altitude, constant wind WIND_U east / WIND_V north in m/s).</source>
        <translation>Propose des restrictions temporaires de vol pour le passage du ballon, chacune avec un texte de type NOTAM FAA (centre DDMMSSN DDDMMSSW et rayon en NM ou chaîne de sommets, tranche SFC-FLxxx, période YYMMDDhhmm-YYMMDDhhmm UTC) dans le champ &lt;i&gt;text&lt;/i&gt;, prêt à copier.

&lt;b&gt;Sites&lt;/b&gt; (points) : un cercle de rayon RADIUS autour de chaque site dont la trajectoire (et la prévision, si elle est donnée) passe à moins de RADIUS, actif pendant ce passage, élargi de MARGIN_MIN de chaque côté. &lt;b&gt;Couloir&lt;/b&gt; (ou sans sites) : une bande de demi-largeur RADIUS le long de tout le trajet. Tranche verticale : les altitudes du ballon à cet endroit +- VERTICAL_MARGIN, élargies à des pas entiers de 10 FL (altitude géométrique prise comme altitude pression). Là où l'altitude du ballon est inconnue (ou toujours, avec FIXED_LIMITS), FLOOR_FT et CEILING_FL sont utilisés et le champ &lt;i&gt;limits&lt;/i&gt; ainsi que le texte du NOTAM disent que ces limites sont supposées.

Les valeurs par défaut suivent la pratique de la FAA pour l'espace de défense nationale (TFR selon 14 CFR 99.7) : un rayon de 30 NM, de la surface jusqu'au FL650 là où l'altitude est inconnue (au-dessus des 60 000-65 000 ft du ballon de 2023 et du FL600, sommet de la classe A). Le rayon est celui de la fermeture, pas le rayon d'alerte qui surveille les sites.

&lt;b&gt;Débris&lt;/b&gt; : avec SHOOTDOWN_TIME (UTC, par exemple 2023-02-04T19:39:00Z), une zone de danger des débris sous le vent de la position du ballon à cette heure, d'après un modèle de chute indiqué (vitesse limite croissant avec l'altitude, vent constant WIND_U vers l'est / WIND_V vers le nord en m/s).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="81"/>
        <source>Closure radius / corridor half-width (m; default 30 NM = 55560 m)</source>
        <translation>Rayon de fermeture / demi-largeur du couloir (m ; 30 NM = 55560 m par défaut)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="87"/>
        <source>Floor where the altitude is unknown (ft MSL; 0 = SFC)</source>
        <translation>Plancher là où l'altitude est inconnue (ft MSL ; 0 = SFC)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="90"/>
        <source>Ceiling where the altitude is unknown (flight level)</source>
        <translation>Plafond là où l'altitude est inconnue (niveau de vol)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="93"/>
        <source>Always use this floor and ceiling (not the balloon&apos;s altitude)</source>
        <translation>Toujours utiliser ce plancher et ce plafond (pas l'altitude du ballon)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="168"/>
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="185"/>
        <source>Imported {} fixes in {} track(s).</source>
        <translation>{} positions importées dans {} trajectoire(s).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="262"/>
        <source>{} Tick &apos;Extrapolate anyway&apos; to forecast it anyway.</source>
        <translation>{} Cochez « Extrapoler quand même » pour la prévoir malgré tout.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="174"/>
        <source>{} predicted line</source>
        <translation>{} ligne prédite</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="175"/>
        <source>{} predicted positions</source>
        <translation>{} positions prédites</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="182"/>
        <source>Predicted, not observed: a balloon predictor&apos;s answer.</source>
        <translation>Prédit, non observé : la réponse d'un prédicteur de ballon.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="73"/>
        <source>Banner (handling caveat; by default the one from the settings)</source>
        <translation>Bandeau (mise en garde de diffusion ; par défaut celui des paramètres)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/runner.py" line="79"/>
        <source>{} could not start: {}</source>
        <translation>{} n'a pas pu démarrer : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="53"/>
        <source>the DEM has no coordinate reference system; set one in its properties</source>
        <translation>le MNE n'a pas de système de coordonnées de référence ; définissez-en un dans ses propriétés</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="134"/>
        <source>the airspace layer changed while it was read; run again</source>
        <translation>la couche d'espaces aériens a changé pendant sa lecture ; relancez</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="174"/>
        <source>cannot read the file ({value})</source>
        <translation>impossible de lire le fichier ({value})</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="219"/>
        <source>no track could be forecast</source>
        <translation>aucune trajectoire n'a pu être prévue</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="290"/>
        <source>the sites layer has no point sites</source>
        <translation>la couche de sites n'a aucun site ponctuel</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="116"/>
        <source>no airspace file or URL given</source>
        <translation>aucun fichier ni URL d'espaces aériens indiqué</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="248"/>
        <source>no airspace could be imported: {summary}</source>
        <translation>aucun espace aérien n'a pu être importé : {summary}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="176"/>
        <source>{source}: {reason}</source>
        <translation>{source} : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="70"/>
        <source>Network timeout (seconds)</source>
        <translation>Délai d'attente réseau (secondes)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="165"/>
        <source> while reading {}</source>
        <translation> pendant la lecture de {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="166"/>
        <source>{} stopped{}: {}. Nothing was written; the details are in the log panel (Balloon Watch).</source>
        <translation>{} s'est arrêté{} : {}. Rien n'a été écrit ; les détails sont dans le panneau du journal (Balloon Watch).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="253"/>
        <source>cannot keep a copy of the GeoPackage before writing ({})</source>
        <translation>impossible de conserver une copie du GeoPackage avant l'écriture ({})</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="320"/>
        <source>writing the output failed ({})</source>
        <translation>l'écriture de la sortie a échoué ({})</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="309"/>
        <source>no reason given; is the disk full?</source>
        <translation>aucune raison donnée ; le disque est-il plein ?</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="330"/>
        <source>the output holds {} of the {} features written: the write failed (disk full, read-only or locked?)</source>
        <translation>la sortie contient {} des {} entités écrites : l'écriture a échoué (disque plein, en lecture seule ou verrouillé ?)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="126"/>
        <source>&apos;{shoot_text}&apos; is not a date and time (expected ISO 8601 such as 2023-02-04T19:39:00Z)</source>
        <translation>'{shoot_text}' n'est pas une date et une heure (ISO 8601 attendu, par exemple 2023-02-04T19:39:00Z)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="153"/>
        <source>track &apos;{track_id}&apos; has fixes without time: a closure window needs times</source>
        <translation>la trajectoire '{track_id}' a des points sans heure : une fenêtre de fermeture a besoin d'heures</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="176"/>
        <source>track &apos;{track_id}&apos; has no altitude around the shoot-down time: the debris fall cannot be modelled</source>
        <translation>la trajectoire '{track_id}' n'a pas d'altitude autour de l'heure de destruction : la chute des débris ne peut pas être modélisée</translation>
    </message>
    <message>
        <location filename="../plugin/core/model.py" line="46"/>
        <source>Track {track_id}: &apos;{name}&apos; has {count} values, expected {n}</source>
        <translation>Trajectoire {track_id} : '{name}' a {count} valeurs, {n} attendues</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="109"/>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="41"/>
        <source>field &apos;{field}&apos;</source>
        <translation>champ '{field}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="64"/>
        <source>not enough memory for this input (is it far larger than expected?)</source>
        <translation>pas assez de mémoire pour cette entrée (est-elle bien plus grande que prévu ?)</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="66"/>
        <source>the input is nested too deeply to be read</source>
        <translation>l'entrée est trop profondément imbriquée pour être lue</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="70"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="72"/>
        <source>the GeoPackage is locked by another program (close it there and run again)</source>
        <translation>le GeoPackage est verrouillé par un autre programme (fermez-le dans ce programme et relancez)</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="74"/>
        <source>the GeoPackage or its folder is read-only</source>
        <translation>le GeoPackage ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="76"/>
        <source>the GeoPackage cannot be opened (missing folder or no permission)</source>
        <translation>le GeoPackage ne peut pas être ouvert (dossier absent ou permission refusée)</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="77"/>
        <source>the GeoPackage could not be written ({detail})</source>
        <translation>le GeoPackage n'a pas pu être écrit ({detail})</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="93"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="109"/>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="134"/>
        <source>{count} record(s) skipped in {source}: {head}</source>
        <translation>{count} enregistrement(s) ignoré(s) dans {source} : {head}</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="141"/>
        <source> (and {count} more)</source>
        <translation> (et {count} de plus)</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="102"/>
        <source>wind component &apos;{name}&apos; has shape {shape}, expected {shape2} (time, level, lat, lon)</source>
        <translation>la composante de vent '{name}' a la forme {shape}, {shape2} attendue (temps, niveau, lat, lon)</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="115"/>
        <source>the grid&apos;s {name} contain missing values</source>
        <translation>les {name} de la grille contiennent des valeurs manquantes</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="118"/>
        <source>the grid&apos;s {name} contain duplicates</source>
        <translation>les {name} de la grille contiennent des doublons</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="124"/>
        <source>pressure levels must be positive (hPa)</source>
        <translation>les niveaux de pression doivent être positifs (hPa)</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="126"/>
        <source>latitudes outside -90..90</source>
        <translation>latitudes hors de -90..90</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="131"/>
        <source>wind speeds up to {vmax:.0f} m/s are implausible: check the units (m/s expected) and that u/v are wind components</source>
        <translation>des vitesses de vent jusqu'à {vmax:.0f} m/s ne sont pas plausibles : vérifiez les unités (m/s attendus) et que u/v sont des composantes du vent</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="153"/>
        <source>times {t0}..{t1}, levels {p0:g}..{p1:g} hPa, lat {lat0:g}..{lat1:g}, lon {lon0:g}..{lon1:g}</source>
        <translation>temps {t0}..{t1}, niveaux {p0:g}..{p1:g} hPa, lat {lat0:g}..{lat1:g}, lon {lon0:g}..{lon1:g}</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="181"/>
        <source>{value}: missing wind values around the requested point</source>
        <translation>{value} : valeurs de vent manquantes autour du point demandé</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="193"/>
        <source>{value}: time {when} is outside the grid&apos;s times ({describe}); load a grid whose forecast hours cover the period</source>
        <translation>{value} : l'heure {when} est hors des heures de la grille ({describe}) ; chargez une grille dont les échéances couvrent la période</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="210"/>
        <source>the balloon altitude is unknown: a wind level cannot be chosen</source>
        <translation>l'altitude du ballon est inconnue : aucun niveau de vent ne peut être choisi</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="228"/>
        <source>{grid}: altitude {alt:.0f} m (about {p:.1f} hPa in the standard atmosphere) is outside the grid&apos;s pressure levels {p0:g}..{p1:g} hPa (about {lo:.0f}..{hi:.0f} m); load levels that bracket the balloon&apos;s altitude</source>
        <translation>{grid} : l'altitude {alt:.0f} m (environ {p:.1f} hPa en atmosphère standard) est hors des niveaux de pression de la grille {p0:g}..{p1:g} hPa (environ {lo:.0f}..{hi:.0f} m) ; chargez des niveaux qui encadrent l'altitude du ballon</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="234"/>
        <source>wind grid</source>
        <translation>grille de vent</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="240"/>
        <source>{value}: latitude {bad:.3f} is outside the grid&apos;s area ({describe})</source>
        <translation>{value} : la latitude {bad:.3f} est hors de l'emprise de la grille ({describe})</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="268"/>
        <source>{value}: longitude {bad:.3f} is outside the grid&apos;s area ({describe})</source>
        <translation>{value} : la longitude {bad:.3f} est hors de l'emprise de la grille ({describe})</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="302"/>
        <source>wind units &apos;{units}&apos; are not understood (m/s, knots or km/h expected)</source>
        <translation>les unités de vent '{units}' ne sont pas comprises (m/s, nœuds ou km/h attendus)</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="318"/>
        <source>reading wind grids needs GDAL&apos;s Python bindings (osgeo)</source>
        <translation>la lecture des grilles de vent nécessite les liaisons Python de GDAL (osgeo)</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="326"/>
        <source>GDAL cannot open the file: {exc}</source>
        <translation>GDAL ne peut pas ouvrir le fichier : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="328"/>
        <source>GDAL cannot open the file</source>
        <translation>GDAL ne peut pas ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="337"/>
        <source>GDAL could not read the grid: {exc}</source>
        <translation>GDAL n'a pas pu lire la grille : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="338"/>
        <source>a wind grid must be GRIB or NetCDF, GDAL reads this file as {driver}</source>
        <translation>une grille de vent doit être en GRIB ou NetCDF, GDAL lit ce fichier comme {driver}</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="363"/>
        <source>the GRIB grid is rotated; a regular latitude/longitude grid is needed</source>
        <translation>la grille GRIB est tournée ; une grille régulière en latitude/longitude est nécessaire</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="366"/>
        <source>the GRIB grid is projected; a regular latitude/longitude grid is needed</source>
        <translation>la grille GRIB est projetée ; une grille régulière en latitude/longitude est nécessaire</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="389"/>
        <source>no u/v wind (GRIB_ELEMENT UGRD/VGRD) on isobaric levels (GRIB_SHORT_NAME like &apos;5000-ISBL&apos;) found</source>
        <translation>aucun vent u/v (GRIB_ELEMENT UGRD/VGRD) trouvé sur des niveaux isobares (GRIB_SHORT_NAME comme '5000-ISBL')</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="406"/>
        <source>the GRIB file lacks {count} u/v field(s) needed for a complete time x level grid: {fields}</source>
        <translation>il manque au fichier GRIB {count} champ(s) u/v nécessaires à une grille temps x niveau complète : {fields}</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="410"/>
        <source>GRIB: {times} time(s), {levels} isobaric level(s)</source>
        <translation>GRIB : {times} échéance(s), {levels} niveau(x) isobare(s)</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="427"/>
        <source>time units &apos;{units}&apos; are not CF &apos;&lt;unit&gt; since &lt;date&gt;&apos;</source>
        <translation>les unités de temps '{units}' ne sont pas au format CF '&lt;unité&gt; since &lt;date&gt;'</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="429"/>
        <source>calendar &apos;{calendar}&apos; is not supported (standard/gregorian only)</source>
        <translation>le calendrier '{calendar}' n'est pas pris en charge (standard/gregorian seulement)</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="448"/>
        <source>time reference &apos;{value}&apos; is not a date</source>
        <translation>la référence de temps '{value}' n'est pas une date</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="474"/>
        <source>GDAL cannot open the NetCDF file: {exc}</source>
        <translation>GDAL ne peut pas ouvrir le fichier NetCDF : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="491"/>
        <source>no u/v wind variables found (variables: {value}); expected &apos;u&apos; and &apos;v&apos; or standard_name eastward_wind/northward_wind</source>
        <translation>aucune variable de vent u/v trouvée (variables : {value}) ; 'u' et 'v' ou standard_name eastward_wind/northward_wind attendus</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="519"/>
        <source>variable &apos;{var}&apos; has dimensions ({value}); expected time, pressure level, latitude, longitude</source>
        <translation>la variable '{var}' a les dimensions ({value}) ; temps, niveau de pression, latitude, longitude attendus</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="542"/>
        <source>dimension &apos;{dimension}&apos; has no coordinate variable</source>
        <translation>la dimension '{dimension}' n'a pas de variable de coordonnées</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="557"/>
        <source>pressure level units &apos;{lu}&apos; are not hPa or Pa</source>
        <translation>les unités de niveau de pression '{lu}' ne sont ni des hPa ni des Pa</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="563"/>
        <source>latitude units &apos;{lu}&apos; are not degrees</source>
        <translation>les unités de latitude '{lu}' ne sont pas des degrés</translation>
    </message>
    <message>
        <location filename="../plugin/core/winds.py" line="565"/>
        <source>NetCDF variables {u}/{v}</source>
        <translation>variables NetCDF {u}/{v}</translation>
    </message>
    <message>
        <location filename="../plugin/core/flagging.py" line="256"/>
        <source>AGL limits compared with the ground taken as 0 m MSL (no terrain model given)</source>
        <translation>limites AGL comparées au sol pris à 0 m MSL (aucun modèle de terrain fourni)</translation>
    </message>
    <message>
        <location filename="../plugin/core/flagging.py" line="268"/>
        <source>track {track_id}: {count} fix(es) without position or time ignored</source>
        <translation>trajectoire {track_id} : {count} position(s) sans coordonnées ni heure ignorée(s)</translation>
    </message>
    <message>
        <location filename="../plugin/core/flagging.py" line="284"/>
        <source>track {track_id}: {count} fix(es) without altitude are treated as inside every vertical band</source>
        <translation>trajectoire {track_id} : {count} position(s) sans altitude considérée(s) comme dans chaque tranche verticale</translation>
    </message>
    <message>
        <location filename="../plugin/core/units.py" line="19"/>
        <source>unknown distance unit &apos;{unit}&apos; (use {units})</source>
        <translation>unité de distance inconnue '{unit}' (utilisez {units})</translation>
    </message>
    <message>
        <location filename="../plugin/core/units.py" line="29"/>
        <source>{shown} must be greater than 0 metres</source>
        <translation>{shown} doit être supérieure à 0 mètre</translation>
    </message>
    <message>
        <location filename="../plugin/core/units.py" line="31"/>
        <source>{shown} is more than 20,000 km (half the Earth&apos;s circumference)</source>
        <translation>{shown} dépasse 20 000 km (la moitié de la circonférence terrestre)</translation>
    </message>
    <message>
        <location filename="../plugin/core/units.py" line="47"/>
        <source>no distance given</source>
        <translation>aucune distance indiquée</translation>
    </message>
    <message>
        <location filename="../plugin/core/units.py" line="54"/>
        <source>&apos;{item}&apos; is not a number (use e.g. 25000, 50 km, 30 NM)</source>
        <translation>'{item}' n'est pas un nombre (utilisez par exemple 25000, 50 km, 30 NM)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/common.py" line="34"/>
        <source>AGL limit: needs terrain height; without a DEM the flagging takes the ground as 0 m MSL</source>
        <translation>limite AGL : nécessite la hauteur du terrain ; sans MNE le marquage prend le sol à 0 m MSL</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/common.py" line="48"/>
        <source>time &apos;{text}&apos; is not YYMMDDhhmm</source>
        <translation>l'heure '{text}' n'est pas au format AAMMJJhhmm</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/common.py" line="51"/>
        <source>time &apos;{text}&apos; out of range</source>
        <translation>heure '{text}' hors limites</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/coords.py" line="28"/>
        <source>minutes/seconds out of range in &apos;{text}&apos;</source>
        <translation>minutes/secondes hors limites dans '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/coords.py" line="32"/>
        <source>{value} {v:.6f} out of range in &apos;{text}&apos;</source>
        <translation>{value} {v:.6f} hors limites dans '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/coords.py" line="62"/>
        <source>malformed coordinate &apos;{t}&apos;</source>
        <translation>coordonnée mal formée '{t}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/coords.py" line="65"/>
        <source>expected latitude (N/S) then longitude (E/W) in &apos;{t}&apos;</source>
        <translation>latitude (N/S) puis longitude (E/W) attendues dans '{t}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/coords.py" line="81"/>
        <source>hemisphere &apos;{h}&apos; does not fit a {what} in &apos;{text}&apos;</source>
        <translation>l'hémisphère '{h}' ne convient pas à une {what} dans '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/coords.py" line="84"/>
        <source>{what} out of range in &apos;{text}&apos;</source>
        <translation>{what} hors limites dans '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="67"/>
        <source>empty vertical limit</source>
        <translation>limite verticale vide</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="76"/>
        <source>flight level without a number: &apos;{text}&apos;</source>
        <translation>niveau de vol sans nombre : '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="82"/>
        <source>altitude without a unit: &apos;{text}&apos;</source>
        <translation>altitude sans unité : '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="83"/>
        <source>unrecognised vertical limit &apos;{text}&apos;</source>
        <translation>limite verticale non reconnue '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="90"/>
        <source>unknown unit &apos;{value}&apos; in &apos;{text}&apos;</source>
        <translation>unité inconnue '{value}' dans '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="95"/>
        <source>&apos;{limit}&apos; has no reference: MSL assumed</source>
        <translation>'{limit}' n'a pas de référence : MSL supposée</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="99"/>
        <source>unknown altitude reference &apos;{rest}&apos; in &apos;{text}&apos;</source>
        <translation>référence d'altitude inconnue '{rest}' dans '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="121"/>
        <source>limit &apos;{v}&apos; refers to another volume</source>
        <translation>la limite '{v}' renvoie à un autre volume</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="125"/>
        <source>limit value &apos;{value}&apos; is not a number</source>
        <translation>la valeur de limite '{value}' n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="127"/>
        <source>limit value &apos;{value}&apos; is not finite</source>
        <translation>la valeur de limite '{value}' n'est pas finie</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="132"/>
        <source>unknown unit &apos;{uom}&apos; for limit {value}</source>
        <translation>unité inconnue '{uom}' pour la limite {value}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="136"/>
        <source>limit {value} {uom} has no reference (MSL/AGL/STD)</source>
        <translation>la limite {value} {uom} n'a pas de référence (MSL/AGL/STD)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="139"/>
        <source>unknown altitude reference &apos;{ref}&apos; for limit {value} {uom}</source>
        <translation>référence d'altitude inconnue '{ref}' pour la limite {value} {uom}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="151"/>
        <source>floor {describe} is not a height (unlimited or infinite)</source>
        <translation>le plancher {describe} n'est pas une hauteur (illimité ou infini)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="153"/>
        <source>floor and ceiling are both at the surface</source>
        <translation>le plancher et le plafond sont tous deux à la surface</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="156"/>
        <source>floor {describe} is above ceiling {describe2}</source>
        <translation>le plancher {describe} est au-dessus du plafond {describe2}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/limits.py" line="160"/>
        <source>ceiling at the surface</source>
        <translation>plafond à la surface</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="79"/>
        <source>activation &apos;{text}&apos; is not &apos;start/end&apos;</source>
        <translation>l'activation '{text}' n'est pas au format 'début/fin'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="85"/>
        <source>activation &apos;{text}&apos; ends before it starts</source>
        <translation>l'activation '{text}' se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="106"/>
        <source>unrecognised line &apos;{line}&apos;</source>
        <translation>ligne non reconnue '{line}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="116"/>
        <source>&apos;{cmd}&apos; before any &apos;AC&apos; record start; ignored</source>
        <translation>'{cmd}' avant tout début d'enregistrement 'AC' ; ignoré</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="134"/>
        <source>malformed variable &apos;V {arg}&apos;</source>
        <translation>variable mal formée 'V {arg}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="140"/>
        <source>arc direction must be + or -, got &apos;{val}&apos;</source>
        <translation>le sens d'un arc doit être + ou -, '{val}' trouvé</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="147"/>
        <source>circle &apos;DC&apos; without a centre &apos;V X=&apos;</source>
        <translation>cercle 'DC' sans centre 'V X='</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="150"/>
        <source>circle radius &apos;{arg}&apos; is not positive</source>
        <translation>le rayon de cercle '{arg}' n'est pas positif</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="154"/>
        <source>arc &apos;DA&apos; without a centre &apos;V X=&apos;</source>
        <translation>arc 'DA' sans centre 'V X='</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="157"/>
        <source>&apos;DA {arg}&apos; needs radius, start angle, end angle</source>
        <translation>'DA {arg}' nécessite un rayon, un angle de début et un angle de fin</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="160"/>
        <source>arc radius &apos;{parts}&apos; is not positive</source>
        <translation>le rayon d'arc '{parts}' n'est pas positif</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="164"/>
        <source>arc &apos;DB&apos; without a centre &apos;V X=&apos;</source>
        <translation>arc 'DB' sans centre 'V X='</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="167"/>
        <source>&apos;DB {arg}&apos; needs two coordinates separated by a comma</source>
        <translation>'DB {arg}' nécessite deux coordonnées séparées par une virgule</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="175"/>
        <source>arc start point is the centre</source>
        <translation>le point de départ de l'arc est le centre</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="177"/>
        <source>line {line}: arc end is {off:.0f} m off the radius</source>
        <translation>ligne {line} : la fin de l'arc est à {off:.0f} m du rayon</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="182"/>
        <source>airway records (DY) are not supported</source>
        <translation>les enregistrements de voies aériennes (DY) ne sont pas pris en charge</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="186"/>
        <source>unknown command &apos;{cmd}&apos;</source>
        <translation>commande inconnue '{cmd}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="192"/>
        <source>bad number in &apos;{cmd} {arg}&apos; ({exc})</source>
        <translation>nombre invalide dans '{cmd} {arg}' ({exc})</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="194"/>
        <source>no OpenAir commands (AC, AN, DP...) found</source>
        <translation>aucune commande OpenAir (AC, AN, DP...) trouvée</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="205"/>
        <source>airspace {label}(starting line {line}) skipped: {reason}</source>
        <translation>espace aérien {label}(commençant ligne {line}) ignoré : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="218"/>
        <source>none of the {count} OpenAir record(s) could be imported (first: {first})</source>
        <translation>aucun des {count} enregistrement(s) OpenAir n'a pu être importé (premier : {first})</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="220"/>
        <source>none of the {count} OpenAir record(s) could be imported</source>
        <translation>aucun des {count} enregistrement(s) OpenAir n'a pu être importé</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="222"/>
        <source>no OpenAir airspace record (AC) found</source>
        <translation>aucun enregistrement d'espace aérien OpenAir (AC) trouvé</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="269"/>
        <source>record mixes a circle (DC) with outline points</source>
        <translation>l'enregistrement mélange un cercle (DC) et des points de contour</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="273"/>
        <source>no geometry (DP/DA/DB/DC)</source>
        <translation>pas de géométrie (DP/DA/DB/DC)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="95"/>
        <source>unsupported srsName &apos;{srs}&apos;</source>
        <translation>srsName non pris en charge '{srs}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="100"/>
        <source>posList has an odd number of values</source>
        <translation>posList a un nombre impair de valeurs</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="106"/>
        <source>coordinate ({values}, {values2}) out of range (axis order lat lon expected)</source>
        <translation>coordonnée ({values}, {values2}) hors limites (ordre des axes lat lon attendu)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="121"/>
        <source>non-numeric coordinates in {el}</source>
        <translation>coordonnées non numériques dans {el}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="131"/>
        <source>Surface has no PolygonPatch</source>
        <translation>Surface sans PolygonPatch</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="136"/>
        <source>PolygonPatch without exterior</source>
        <translation>PolygonPatch sans contour extérieur</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="138"/>
        <source>polygon holes (interior rings) are not supported</source>
        <translation>les trous de polygone (anneaux intérieurs) ne sont pas pris en charge</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="142"/>
        <source>a circle combined with other segments is not supported</source>
        <translation>un cercle combiné à d'autres segments n'est pas pris en charge</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="147"/>
        <source>CircleByCenterPoint without pos or radius</source>
        <translation>CircleByCenterPoint sans pos ni rayon</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="151"/>
        <source>unknown radius unit &apos;{value}&apos;</source>
        <translation>unité de rayon inconnue '{value}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="162"/>
        <source>curve segment {name} is not supported</source>
        <translation>le segment de courbe {name} n'est pas pris en charge</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="164"/>
        <source>ring has {n_verts} point(s)</source>
        <translation>l'anneau a {n_verts} point(s)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="182"/>
        <source>{which} limit &apos;{val}&apos; with uom OTHER is not a height</source>
        <translation>la limite {which} '{val}' avec uom OTHER n'est pas une hauteur</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="186"/>
        <source>{which} limit {val} {uom} has no {which}LimitReference</source>
        <translation>la limite {which} {val} {uom} n'a pas de {which}LimitReference</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="223"/>
        <source>no aixm:Airspace feature in the document</source>
        <translation>aucune entité aixm:Airspace dans le document</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="235"/>
        <source>airspace {ident} time slice {value} skipped: {exc}</source>
        <translation>espace aérien {ident}, tranche temporelle {value} ignorée : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="249"/>
        <source>line numbers are airspace feature numbers in the AIXM document</source>
        <translation>les numéros de ligne sont les numéros d'entité d'espace aérien dans le document AIXM</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="357"/>
        <source>{op} component referencing {value} not applied (not in this file)</source>
        <translation>composante {op} renvoyant à {value} non appliquée (absente de ce fichier)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="366"/>
        <source>{op} component with its own geometry not applied</source>
        <translation>composante {op} avec sa propre géométrie non appliquée</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="370"/>
        <source>horizontalProjection without Surface</source>
        <translation>horizontalProjection sans Surface</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="383"/>
        <source>{what}time slice has no geometry (it updates an airspace defined elsewhere)</source>
        <translation>la tranche temporelle {what}n'a pas de géométrie (elle met à jour un espace aérien défini ailleurs)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="385"/>
        <source>several BASE/UNION components kept as separate parts (not merged)</source>
        <translation>plusieurs composantes BASE/UNION conservées comme parties séparées (non fusionnées)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="387"/>
        <source>no lower/upper limit in the AirspaceVolume</source>
        <translation>pas de limite inférieure/supérieure dans l'AirspaceVolume</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/__init__.py" line="105"/>
        <source>file is larger than {limit} MB</source>
        <translation>le fichier dépasse {limit} Mo</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/detect.py" line="37"/>
        <source>file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/__init__.py" line="52"/>
        <source>unknown airspace format &apos;{fmt}&apos; (one of {formats})</source>
        <translation>format d'espace aérien inconnu '{fmt}' (l'un de {formats})</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/__init__.py" line="56"/>
        <source>tolerance must be positive, got {tolerance_m}</source>
        <translation>la tolérance doit être positive, {tolerance_m} reçu</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/__init__.py" line="66"/>
        <source>unexpected content for {fmt} ({error}: {exc})</source>
        <translation>contenu inattendu pour {fmt} ({error} : {exc})</translation>
    </message>
    <message>
        <location filename="../plugin/core/safexml.py" line="106"/>
        <source>cannot read file ({strerror})</source>
        <translation>impossible de lire le fichier ({strerror})</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="49"/>
        <source>no vertical limits (UPPER_VAL/LOWER_VAL, upperCeiling/lowerCeiling or floor_m/ceiling_m)</source>
        <translation>pas de limites verticales (UPPER_VAL/LOWER_VAL, upperCeiling/lowerCeiling ou floor_m/ceiling_m)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="59"/>
        <source>{which}_VAL {val} is a placeholder, not a height</source>
        <translation>{which}_VAL {val} est une valeur de remplissage, pas une hauteur</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="80"/>
        <source>geometry type {t} is not an area</source>
        <translation>le type de géométrie {t} n'est pas une surface</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="86"/>
        <source>polygon holes are not supported</source>
        <translation>les trous de polygone ne sont pas pris en charge</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="90"/>
        <source>malformed coordinates</source>
        <translation>coordonnées mal formées</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="93"/>
        <source>coordinate ({lon}, {lat}) out of range</source>
        <translation>coordonnée ({lon}, {lat}) hors limites</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="97"/>
        <source>empty geometry</source>
        <translation>géométrie vide</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/sondehub.py" line="25"/>
        <source>not valid JSON ({exc})</source>
        <translation>JSON invalide ({exc})</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="108"/>
        <source>GeoJSON must be an object</source>
        <translation>le GeoJSON doit être un objet</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="111"/>
        <source>unsupported crs &apos;{crs}&apos; (only WGS 84 lon/lat)</source>
        <translation>crs non pris en charge '{crs}' (WGS 84 lon/lat seulement)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="117"/>
        <source>GeoJSON type &apos;{value}&apos; is not a Feature or FeatureCollection</source>
        <translation>le type GeoJSON '{value}' n'est ni un Feature ni une FeatureCollection</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="126"/>
        <source>feature {i} is not a JSON object; skipped</source>
        <translation>l'entité {i} n'est pas un objet JSON ; ignorée</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="131"/>
        <source>no geometry</source>
        <translation>pas de géométrie</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="153"/>
        <source>feature {i} ({value}) skipped: {exc}</source>
        <translation>entité {i} ({value}) ignorée : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="157"/>
        <source>no airspace feature could be imported: {value}</source>
        <translation>aucune entité d'espace aérien n'a pu être importée : {value}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="161"/>
        <source>line numbers are feature numbers</source>
        <translation>les numéros de ligne sont les numéros d'entité</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="69"/>
        <source>the outlines of this file need more than {limit:,} vertices in all at this tolerance (the limit): use a larger tolerance or split the file</source>
        <translation>les contours de ce fichier nécessitent plus de {limit:,} sommets au total avec cette tolérance (la limite) : utilisez une tolérance plus grande ou découpez le fichier</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="92"/>
        <source>radius is not a positive finite number</source>
        <translation>le rayon n'est pas un nombre fini positif</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="92"/>
        <source>radius {radius_m:g} m is not positive</source>
        <translation>le rayon {radius_m:g} m n'est pas positif</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="95"/>
        <source>radius {radius_m:,.0f} NM is larger than the limit of {limit:,.0f} NM</source>
        <translation>le rayon de {radius_m:,.0f} NM dépasse la limite de {limit:,.0f} NM</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="106"/>
        <source>a {radius_m:,.1f} NM arc at a tolerance of {tolerance_m:g} m needs about {need:,.0f} vertices, more than the limit of {limit:,}: use a larger tolerance</source>
        <translation>un arc de {radius_m:,.1f} NM avec une tolérance de {tolerance_m:g} m nécessite environ {need:,.0f} sommets, plus que la limite de {limit:,} : utilisez une tolérance plus grande</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="182"/>
        <source>outline has {n_points:,} vertices, more than the limit of {limit:,}</source>
        <translation>le contour a {n_points:,} sommets, plus que la limite de {limit:,}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="279"/>
        <source>outline crosses itself</source>
        <translation>le contour se recoupe</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="298"/>
        <source>outline has {n_points:,} vertices once densified, more than the limit of {limit:,}: use a larger tolerance</source>
        <translation>le contour a {n_points:,} sommets une fois densifié, plus que la limite de {limit:,} : utilisez une tolérance plus grande</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="309"/>
        <source>outline has {n_ring} distinct point(s); a polygon needs at least 3</source>
        <translation>le contour a {n_ring} point(s) distinct(s) ; un polygone en nécessite au moins 3</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="313"/>
        <source>outline encloses no area (all points on a line)</source>
        <translation>le contour n'enferme aucune surface (tous les points sont alignés)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="320"/>
        <source>{pending} (edge near {lat1:.5f}, {lon1:.5f} crosses edge near {lat2:.5f}, {lon2:.5f})</source>
        <translation>{pending} (le côté près de {lat1:.5f}, {lon1:.5f} croise le côté près de {lat2:.5f}, {lon2:.5f})</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="362"/>
        <source>outline collapsed when split at the antimeridian</source>
        <translation>le contour s'est effondré lors de sa découpe à l'antiméridien</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="392"/>
        <source>outline has {n:,} vertices, more than the limit of {limit:,}</source>
        <translation>le contour a {n:,} sommets, plus que la limite de {limit:,}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="414"/>
        <source>outline needs about {count:,.0f} vertices at a tolerance of {tolerance_m:g} m, more than the limit of {limit:,}: use a larger tolerance</source>
        <translation>le contour nécessite environ {count:,.0f} sommets avec une tolérance de {tolerance_m:g} m, plus que la limite de {limit:,} : utilisez une tolérance plus grande</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="147"/>
        <source>only part(s) {parts} of {total} present</source>
        <translation>seule(s) la/les partie(s) {parts} sur {total} présente(s)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="183"/>
        <source>circle {radius} {unit} radius</source>
        <translation>cercle de rayon {radius} {unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="189"/>
        <source>polygon of {count} points</source>
        <translation>polygone de {count} points</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="191"/>
        <source>only {count} coordinate(s) and no radius in the area text</source>
        <translation>seulement {count} coordonnée(s) et aucun rayon dans le texte de la zone</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="309"/>
        <source>area given only by name (&apos;{name}&apos;), no coordinates</source>
        <translation>zone donnée seulement par son nom ('{name}'), sans coordonnées</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="195"/>
        <source>no coordinates in the area text</source>
        <translation>aucune coordonnée dans le texte de la zone</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="209"/>
        <source>{ident} is a cancellation (NOTAMC): no area to import</source>
        <translation>{ident} est une annulation (NOTAMC) : aucune zone à importer</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="213"/>
        <source>no item Q)</source>
        <translation>pas d'élément Q)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="218"/>
        <source>Q-code {q} is not an airspace NOTAM (subject {subject})</source>
        <translation>le code Q {q} n'est pas un NOTAM d'espace aérien (sujet {subject})</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="222"/>
        <source>malformed Q-line &apos;{text}&apos;</source>
        <translation>ligne Q mal formée '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="224"/>
        <source>Q-line has no usable centre/radius</source>
        <translation>la ligne Q n'a pas de centre/rayon utilisable</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="228"/>
        <source>no geometry: {desc}, and no Q-line circle</source>
        <translation>pas de géométrie : {desc}, et pas de cercle de ligne Q</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="230"/>
        <source>geometry is the Q-line envelope circle ({q} NM): {desc}</source>
        <translation>la géométrie est le cercle enveloppe de la ligne Q ({q} NM) : {desc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="232"/>
        <source>Q-line radius 000 taken as 1 NM</source>
        <translation>rayon 000 de la ligne Q pris comme 1 NM</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="237"/>
        <source>no start time (item B)</source>
        <translation>pas d'heure de début (élément B)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="241"/>
        <source>item B: {exc}</source>
        <translation>élément B : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="246"/>
        <source>permanent (C) PERM)</source>
        <translation>permanent (C) PERM)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="328"/>
        <source>end time is an estimate (EST)</source>
        <translation>l'heure de fin est une estimation (EST)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="254"/>
        <source>item C: {exc}</source>
        <translation>élément C : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="256"/>
        <source>item C is not after item B</source>
        <translation>l'élément C n'est pas postérieur à l'élément B</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="262"/>
        <source>items F/G: {exc}</source>
        <translation>éléments F/G : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="265"/>
        <source>no vertical limits (items F/G missing and no Q-line levels)</source>
        <translation>pas de limites verticales (éléments F/G absents et pas de niveaux dans la ligne Q)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="270"/>
        <source>vertical limits from the Q-line (flight levels)</source>
        <translation>limites verticales tirées de la ligne Q (niveaux de vol)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="280"/>
        <source>replaces {replaces}</source>
        <translation>remplace {replaces}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="302"/>
        <source>{ident}: no &apos;WI AN AREA DEFINED AS&apos; clause</source>
        <translation>{ident} : pas de clause 'WI AN AREA DEFINED AS'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="310"/>
        <source>{ident}: {desc}</source>
        <translation>{ident} : {desc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="312"/>
        <source>{ident}: no altitude band such as &apos;SFC-8000FT&apos; after the area</source>
        <translation>{ident} : pas de tranche d'altitude telle que 'SFC-8000FT' après la zone</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="318"/>
        <source>{ident}: {exc}</source>
        <translation>{ident} : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="330"/>
        <source>no YYMMDDhhmm-YYMMDDhhmm window in the text: treated as always active</source>
        <translation>pas de fenêtre AAMMJJhhmm-AAMMJJhhmm dans le texte : considéré comme toujours actif</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="358"/>
        <source>no NOTAM message found (expected items such as Q) ... E) or &apos;!FDC ...&apos;)</source>
        <translation>aucun message NOTAM trouvé (éléments tels que Q) ... E) ou '!FDC ...' attendus)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="170"/>
        <source>NOTAM {ident} skipped: {exc}</source>
        <translation>NOTAM {ident} ignoré : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="369"/>
        <source>none of the {n_msgs} NOTAM(s) could be imported: {summary}</source>
        <translation>aucun des {n_msgs} NOTAM n'a pu être importé : {summary}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="400"/>
        <source>JSON holds no NOTAM message text (no string with items Q) and E))</source>
        <translation>le JSON ne contient aucun texte de message NOTAM (aucune chaîne avec les éléments Q) et E))</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/notam.py" line="407"/>
        <source>line numbers are record numbers of NOTAM messages in the JSON document</source>
        <translation>les numéros de ligne sont les numéros d'enregistrement des messages NOTAM dans le document JSON</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="70"/>
        <source>unrecognised date &apos;{text}&apos;</source>
        <translation>date non reconnue '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="84"/>
        <source>unknown time zone &apos;{zone}&apos;</source>
        <translation>fuseau horaire inconnu '{zone}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="99"/>
        <source>circle radius &apos;{val}&apos; with unit &apos;{uom}&apos; not understood</source>
        <translation>rayon de cercle '{val}' avec l'unité '{uom}' non compris</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="102"/>
        <source>circle radius &apos;{val}&apos; is not positive</source>
        <translation>le rayon de cercle '{val}' n'est pas positif</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="109"/>
        <source>no vertices</source>
        <translation>aucun sommet</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="130"/>
        <source>a circle (CIR) mixed with outline vertices</source>
        <translation>un cercle (CIR) mélangé à des sommets de contour</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="147"/>
        <source>root element is &apos;{tag}&apos;, expected &apos;XNOTAM-Update&apos;</source>
        <translation>l'élément racine est '{tag}', 'XNOTAM-Update' attendu</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="153"/>
        <source>no NOTAM (&apos;Not&apos; element) in the TFR document</source>
        <translation>aucun NOTAM (élément 'Not') dans le document TFR</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="174"/>
        <source>NOTAM {ident} skipped: no TFRAreaGroup (no published area)</source>
        <translation>NOTAM {ident} ignoré : pas de TFRAreaGroup (aucune zone publiée)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="183"/>
        <source>NOTAM {ident} area {g_idx} skipped: {exc}</source>
        <translation>NOTAM {ident}, zone {g_idx} ignorée : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="190"/>
        <source>no TFR area could be imported: {summary}</source>
        <translation>aucune zone TFR n'a pu être importée : {summary}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="191"/>
        <source>no TFR area could be imported</source>
        <translation>aucune zone TFR n'a pu être importée</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="208"/>
        <source>dateExpire is not after dateEffective</source>
        <translation>dateExpire n'est pas postérieure à dateEffective</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="215"/>
        <source>no aseTFRArea (limits)</source>
        <translation>pas d'aseTFRArea (limites)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="233"/>
        <source>no outline (abdMergedArea or aseShapes with vertices)</source>
        <translation>pas de contour (abdMergedArea ou aseShapes avec des sommets)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="273"/>
        <source>the TFRSET holds no TFR record</source>
        <translation>le TFRSET ne contient aucun enregistrement TFR</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="285"/>
        <source>TFR record {rec_no} &lt;{tag}&gt; skipped: no NOTAM text in it</source>
        <translation>enregistrement TFR {rec_no} &lt;{tag}&gt; ignoré : il ne contient aucun texte NOTAM</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="300"/>
        <source>no TFR record of the TFRSET holds NOTAM text: {summary}</source>
        <translation>aucun enregistrement TFR du TFRSET ne contient de texte NOTAM : {summary}</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/tfr_xml.py" line="308"/>
        <source>legacy TFRSET export read through the NOTAM text of each record; line numbers are record numbers</source>
        <translation>ancien export TFRSET lu à travers le texte NOTAM de chaque enregistrement ; les numéros de ligne sont les numéros d'enregistrement</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/detect.py" line="26"/>
        <source>XML that is neither an FAA TFR (XNOTAM-Update or TFRSET) nor AIXM 5.1 airspace</source>
        <translation>XML qui n'est ni un TFR de la FAA (XNOTAM-Update ou TFRSET) ni un espace aérien AIXM 5.1</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/detect.py" line="34"/>
        <source>JSON that is neither GeoJSON nor a list of NOTAM messages</source>
        <translation>JSON qui n'est ni du GeoJSON ni une liste de messages NOTAM</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/detect.py" line="45"/>
        <source>unrecognised airspace format (expected FAA TFR XML, AIXM 5.1, OpenAir, GeoJSON, FAA or ICAO NOTAM text)</source>
        <translation>format d'espace aérien non reconnu (TFR XML de la FAA, AIXM 5.1, OpenAir, GeoJSON, texte NOTAM FAA ou OACI attendu)</translation>
    </message>
    <message>
        <location filename="../plugin/core/site_buffers.py" line="78"/>
        <source>{site}: {reason}</source>
        <translation>{site} : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/utc.py" line="34"/>
        <source>unrecognised date/time &apos;{text}&apos;</source>
        <translation>date/heure non reconnue '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/utc.py" line="38"/>
        <source>date/time out of range &apos;{text}&apos;</source>
        <translation>date/heure hors limites '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/utc.py" line="42"/>
        <source>date/time &apos;{text}&apos; has no time zone</source>
        <translation>la date/heure '{text}' n'a pas de fuseau horaire</translation>
    </message>
    <message>
        <location filename="../plugin/core/geodesy/polygons.py" line="26"/>
        <source>a ring needs at least 3 points</source>
        <translation>un anneau nécessite au moins 3 points</translation>
    </message>
    <message>
        <location filename="../plugin/core/geodesy/polygons.py" line="53"/>
        <source>pole ring does not cross the antimeridian</source>
        <translation>l'anneau polaire ne traverse pas l'antiméridien</translation>
    </message>
    <message>
        <location filename="../plugin/core/geodesy/polygons.py" line="192"/>
        <source>a hole cannot enclose a pole</source>
        <translation>un trou ne peut pas entourer un pôle</translation>
    </message>
    <message>
        <location filename="../plugin/core/geodesy/buffers.py" line="54"/>
        <source>lons and lats differ in length</source>
        <translation>lons et lats n'ont pas la même longueur</translation>
    </message>
    <message>
        <location filename="../plugin/core/geodesy/buffers.py" line="56"/>
        <source>coordinates must be finite, latitudes within [-90, 90]</source>
        <translation>les coordonnées doivent être finies, les latitudes dans [-90, 90]</translation>
    </message>
    <message>
        <location filename="../plugin/core/geodesy/buffers.py" line="58"/>
        <source>buffer distances must be positive</source>
        <translation>les distances de zone tampon doivent être positives</translation>
    </message>
    <message>
        <location filename="../plugin/core/geodesy/buffers.py" line="176"/>
        <source>buffer distance must be a positive number of metres</source>
        <translation>la distance de zone tampon doit être un nombre positif de mètres</translation>
    </message>
    <message>
        <location filename="../plugin/core/geodesy/buffers.py" line="199"/>
        <source>unknown geometry type &apos;{geom_type}&apos;</source>
        <translation>type de géométrie inconnu '{geom_type}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/geodesy/buffers.py" line="223"/>
        <source>a line segment passes within the buffer distance of a pole: not supported</source>
        <translation>un segment de ligne passe à moins de la distance de zone tampon d'un pôle : non pris en charge</translation>
    </message>
    <message>
        <location filename="../plugin/core/geodesy/curves.py" line="97"/>
        <source>radius must be positive</source>
        <translation>le rayon doit être positif</translation>
    </message>
    <message>
        <location filename="../plugin/core/geodesy/curves.py" line="173"/>
        <source>tolerance must be positive</source>
        <translation>la tolérance doit être positive</translation>
    </message>
    <message>
        <location filename="../plugin/core/gpkg.py" line="149"/>
        <source>&apos;{name}&apos; is not a valid layer or field name (letters, digits and _ only)</source>
        <translation>'{name}' n'est pas un nom de couche ou de champ valide (lettres, chiffres et _ seulement)</translation>
    </message>
    <message>
        <location filename="../plugin/core/gpkg.py" line="192"/>
        <source>column {name} has {n_values} values for {n_geoms} geometries</source>
        <translation>la colonne {name} a {n_values} valeurs pour {n_geoms} géométries</translation>
    </message>
    <message>
        <location filename="../plugin/core/gpkg.py" line="346"/>
        <source>cannot open ({strerror})</source>
        <translation>impossible d'ouvrir ({strerror})</translation>
    </message>
    <message>
        <location filename="../plugin/core/gpkg.py" line="348"/>
        <source>exists and is not a GeoPackage: choose another file name</source>
        <translation>existe et n'est pas un GeoPackage : choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="64"/>
        <source>fewer than two timed fixes</source>
        <translation>moins de deux positions horodatées</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="75"/>
        <source>no altitude over the last fixes</source>
        <translation>pas d'altitude sur les dernières positions</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="88"/>
        <source>descending at {rate:.1f} m/s over the last {mins:.0f} min, last at {alt:,.0f} m: at that rate it reaches sea level within about {eta:.0f} min</source>
        <translation>en descente à {rate:.1f} m/s sur les {mins:.0f} dernières min, dernière position à {alt:,.0f} m : à ce taux il atteint le niveau de la mer en environ {eta:.0f} min</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="93"/>
        <source>climbing at {rate:.1f} m/s over the last {mins:.0f} min</source>
        <translation>en montée à {rate:.1f} m/s sur les {mins:.0f} dernières min</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="97"/>
        <source>on the ground: altitude {alt:,.0f} m, vertical rate {rate:+.1f} m/s and ground speed {speed:.1f} m/s over the last {mins:.0f} min</source>
        <translation>au sol : altitude {alt:,.0f} m, vitesse verticale {rate:+.1f} m/s et vitesse sol {speed:.1f} m/s sur les {mins:.0f} dernières min</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="101"/>
        <source>floating at {alt:,.0f} m (vertical rate {rate:+.1f} m/s over the last {mins:.0f} min)</source>
        <translation>en palier à {alt:,.0f} m (vitesse verticale {rate:+.1f} m/s sur les {mins:.0f} dernières min)</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="164"/>
        <source>it covers {start} to {end}, {days:,.1f} days away from the track&apos;s last fix at {last}</source>
        <translation>elle couvre {start} à {end}, à {days:,.1f} jours de la dernière position de la trajectoire à {last}</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="167"/>
        <source>its point nearest in time ({lat:.2f}, {lon:.2f}) is {km:,.0f} km from the track&apos;s last fix ({last_lat:.2f}, {last_lon:.2f})</source>
        <translation>son point le plus proche dans le temps ({lat:.2f}, {lon:.2f}) est à {km:,.0f} km de la dernière position de la trajectoire ({last_lat:.2f}, {last_lon:.2f})</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="172"/>
        <source>the prediction is not for track &apos;{track_id}&apos;: {problems} (a prediction must reach within {hours:g} h and {km:g} km of the last fix)</source>
        <translation>la prédiction n'est pas celle de la trajectoire '{track_id}' : {problems} (une prédiction doit arriver à moins de {hours:g} h et {km:g} km de la dernière position)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/common.py" line="82"/>
        <source>no {what} found: this does not look like a track file</source>
        <translation>rien de lisible ({what}) : cela ne ressemble pas à un fichier de trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/common.py" line="84"/>
        <source>{bad} of {total} {what} are unusable (more than {limit}%): check the format, column mapping, date or units</source>
        <translation>{bad} sur {total} ({what}) sont inutilisables (plus de {limit} %) : vérifiez le format, l'affectation des colonnes, la date ou les unités</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/common.py" line="114"/>
        <source>{count} fix(es) given twice in the file (same time, position and altitude): merged.</source>
        <translation>{count} position(s) donnée(s) deux fois dans le fichier (même heure, coordonnées et altitude) : fusionnée(s).</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/common.py" line="118"/>
        <source>no usable position found</source>
        <translation>aucune position utilisable trouvée</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/common.py" line="120"/>
        <source>no usable position found ({summary})</source>
        <translation>aucune position utilisable trouvée ({summary})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/common.py" line="132"/>
        <source>unknown altitude unit &apos;{unit}&apos; (use m, ft, km or FL)</source>
        <translation>unité d'altitude inconnue '{unit}' (utilisez m, ft, km ou FL)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/coords.py" line="28"/>
        <source>empty {kind}</source>
        <translation>{kind} vide</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/coords.py" line="42"/>
        <source>hemisphere &apos;{hemi}&apos; does not fit a {word}</source>
        <translation>l'hémisphère '{hemi}' ne convient pas à une {word}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/coords.py" line="49"/>
        <source>no number in {kind} &apos;{s}&apos;</source>
        <translation>aucun nombre dans {kind} '{s}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/coords.py" line="59"/>
        <source>unreadable {kind} &apos;{s}&apos;</source>
        <translation>{kind} illisible '{s}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/coords.py" line="71"/>
        <source>invalid minutes/seconds in {kind} &apos;{s}&apos;</source>
        <translation>minutes/secondes invalides dans {kind} '{s}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/coords.py" line="88"/>
        <source>unreadable compact {kind} &apos;{s}&apos;</source>
        <translation>{kind} compacte illisible '{s}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/coords.py" line="93"/>
        <source>{kind} &apos;{s}&apos; is not a number</source>
        <translation>{kind} '{s}' n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/coords.py" line="95"/>
        <source>latitude {value:g} out of range</source>
        <translation>latitude {value:g} hors limites</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/coords.py" line="98"/>
        <source>longitude {value:g} out of range</source>
        <translation>longitude {value:g} hors limites</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/predicted.py" line="32"/>
        <source>Predicted track (not flown): {note}</source>
        <translation>Trajectoire prédite (non volée) : {note}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/derive.py" line="49"/>
        <source>merge_tracks needs at least one track</source>
        <translation>merge_tracks nécessite au moins une trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/timeparse.py" line="48"/>
        <source>unknown time zone &apos;{tz}&apos; (use an IANA name such as &apos;America/Denver&apos; or &apos;UTC&apos;)</source>
        <translation>fuseau horaire inconnu '{tz}' (utilisez un nom IANA tel que 'America/Denver' ou 'UTC')</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/timeparse.py" line="110"/>
        <source>date &apos;{date}&apos; is not YYYY-MM-DD</source>
        <translation>la date '{date}' n'est pas au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/timeparse.py" line="114"/>
        <source>date &apos;{date}&apos; does not exist</source>
        <translation>la date '{date}' n'existe pas</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/timeparse.py" line="131"/>
        <source>empty time</source>
        <translation>heure vide</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/timeparse.py" line="142"/>
        <source>time of day without a date (give the date)</source>
        <translation>heure du jour sans date (indiquez la date)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/timeparse.py" line="145"/>
        <source>invalid time of day &apos;{s}&apos;</source>
        <translation>heure du jour invalide '{s}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/timeparse.py" line="153"/>
        <source>unreadable time &apos;{s}&apos;</source>
        <translation>heure illisible '{s}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/timeparse.py" line="155"/>
        <source>number &apos;{s}&apos; is not an epoch time</source>
        <translation>le nombre '{s}' n'est pas une heure epoch</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/timeparse.py" line="281"/>
        <source>epoch value {value} is not a time in {unit} (the unit of {fits} of {count} values in this column)</source>
        <translation>la valeur epoch {value} n'est pas une heure en {unit} (l'unité de {fits} des {count} valeurs de cette colonne)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/timeparse.py" line="304"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/timeparse.py" line="304"/>
        <source>milliseconds</source>
        <translation>millisecondes</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/timeparse.py" line="304"/>
        <source>microseconds</source>
        <translation>microsecondes</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/__init__.py" line="46"/>
        <source>unknown format &apos;{fmt}&apos; (known: {formats})</source>
        <translation>format inconnu '{fmt}' (connus : {formats})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/__init__.py" line="53"/>
        <source>unexpected content for {formats} ({error}: {exc})</source>
        <translation>contenu inattendu pour {formats} ({error} : {exc})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/geojson_reader.py" line="40"/>
        <source>JSON is not a GeoJSON Feature/FeatureCollection or a Moving Features document</source>
        <translation>le JSON n'est ni un Feature/FeatureCollection GeoJSON ni un document Moving Features</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/geojson_reader.py" line="89"/>
        <source>position needs [lon, lat]</source>
        <translation>une position nécessite [lon, lat]</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/geojson_reader.py" line="93"/>
        <source>position {lon},{lat} out of range</source>
        <translation>position {lon},{lat} hors limites</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/geojson_reader.py" line="105"/>
        <source>{label} position {i}: {exc}</source>
        <translation>{label} position {i} : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/geojson_reader.py" line="133"/>
        <source>&apos;{tid}&apos;: {n_times_all} times for {n_coords_all} positions: times ignored</source>
        <translation>'{tid}' : {n_times_all} heures pour {n_coords_all} positions : heures ignorées</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/geojson_reader.py" line="181"/>
        <source>&apos;{tid}&apos;: temporalGeometry is not an object</source>
        <translation>'{tid}' : temporalGeometry n'est pas un objet</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/geojson_reader.py" line="189"/>
        <source>&apos;{tid}&apos;: temporal geometry type {value!r} is not a moving point: skipped</source>
        <translation>'{tid}' : le type de géométrie temporelle {value!r} n'est pas un point mobile : ignoré</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/geojson_reader.py" line="204"/>
        <source>&apos;{tid}&apos;: {n_dts} datetimes for {n_coords} coordinates: skipped</source>
        <translation>'{tid}' : {n_dts} dates-heures pour {n_coords} coordonnées : ignoré</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/gpx.py" line="24"/>
        <source>root element is &lt;{tag}&gt;, not &lt;gpx&gt;</source>
        <translation>l'élément racine est &lt;{tag}&gt;, pas &lt;gpx&gt;</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/gpx.py" line="63"/>
        <source>{label}: lat/lon missing or out of range</source>
        <translation>{label} : lat/lon absentes ou hors limites</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/gpx.py" line="70"/>
        <source>{label}: elevation &apos;{ele}&apos; is not a number</source>
        <translation>{label} : l'élévation '{ele}' n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="274"/>
        <source>{label}: {exc}</source>
        <translation>{label} : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/ukhas.py" line="42"/>
        <source>UKHAS sentences carry no date: give the date (YYYY-MM-DD) of the flight</source>
        <translation>les trames UKHAS ne portent pas de date : indiquez la date (AAAA-MM-JJ) du vol</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/ukhas.py" line="55"/>
        <source>not a UKHAS sentence ($$CALL,...*CRC)</source>
        <translation>ce n'est pas une trame UKHAS ($$CALL,...*CRC)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/ukhas.py" line="68"/>
        <source>only {n_f} fields (need callsign, id, time, lat, lon, alt)</source>
        <translation>seulement {n_f} champs (indicatif, id, heure, lat, lon, alt nécessaires)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/ukhas.py" line="73"/>
        <source>unreadable time &apos;{f}&apos;</source>
        <translation>heure illisible '{f}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/ukhas.py" line="85"/>
        <source>position 0,0 (no GPS fix)</source>
        <translation>position 0,0 (pas de fix GPS)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/ukhas.py" line="100"/>
        <source>Some positions were NMEA ddmm.mmmm and were converted to degrees.</source>
        <translation>Certaines positions étaient en NMEA ddmm.mmmm et ont été converties en degrés.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/ukhas.py" line="115"/>
        <source>Times after midnight UTC placed on the day after {date}.</source>
        <translation>Heures après minuit UTC placées le jour suivant le {date}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/ukhas.py" line="137"/>
        <source>{kind} &apos;{s}&apos; out of range</source>
        <translation>{kind} '{s}' hors limites</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="30"/>
        <source>&apos;{s}&apos; is not an RFC 3339 time</source>
        <translation>'{s}' n'est pas une heure RFC 3339</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="40"/>
        <source>missing or non-numeric &apos;{key}&apos;</source>
        <translation>'{key}' absent ou non numérique</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="42"/>
        <source>&apos;{key}&apos; is not a finite number</source>
        <translation>'{key}' n'est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="57"/>
        <source>not a JSON document ({exc})</source>
        <translation>ce n'est pas un document JSON ({exc})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="61"/>
        <source>the predictor answered with an error: {detail}</source>
        <translation>le prédicteur a répondu par une erreur : {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="68"/>
        <source>a stage has no &apos;trajectory&apos; list</source>
        <translation>une étape n'a pas de liste 'trajectory'</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="72"/>
        <source>a trajectory point is not an object</source>
        <translation>un point de trajectoire n'est pas un objet</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="80"/>
        <source>Tawhiri prediction</source>
        <translation>prédiction Tawhiri</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="82"/>
        <source>dataset {dataset}</source>
        <translation>jeu de données {dataset}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="84"/>
        <source>profile {profile}</source>
        <translation>profil {profile}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="85"/>
        <source>stages {stages}</source>
        <translation>étapes {stages}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="94"/>
        <source>the &apos;data&apos; string is not JSON ({exc})</source>
        <translation>la chaîne 'data' n'est pas du JSON ({exc})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="96"/>
        <source>&apos;data&apos; is not a list of points</source>
        <translation>'data' n'est pas une liste de points</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="100"/>
        <source>a point is not an object</source>
        <translation>un point n'est pas un objet</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="106"/>
        <source>SondeHub prediction for {track_id}</source>
        <translation>prédiction SondeHub pour {track_id}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="109"/>
        <source>{n_doc} other vehicle(s) not read: {others}</source>
        <translation>{n_doc} autre(s) véhicule(s) non lu(s) : {others}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="113"/>
        <source>not a Tawhiri prediction (&apos;prediction&apos; stages) nor a SondeHub predictions list</source>
        <translation>ni une prédiction Tawhiri (étapes 'prediction') ni une liste de prédictions SondeHub</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="115"/>
        <source>the prediction has no trajectory points</source>
        <translation>la prédiction n'a aucun point de trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="118"/>
        <source>latitude outside -90..90</source>
        <translation>latitude hors de -90..90</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/prediction.py" line="125"/>
        <source>no uncertainty given by the predictor: radius 0</source>
        <translation>aucune incertitude fournie par le prédicteur : rayon 0</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/sondehub.py" line="43"/>
        <source>unexpected SondeHub layout under key &apos;{key}&apos;</source>
        <translation>structure SondeHub inattendue sous la clé '{key}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/sondehub.py" line="45"/>
        <source>JSON is not SondeHub telemetry (expected an object or a list of records)</source>
        <translation>le JSON n'est pas une télémesure SondeHub (un objet ou une liste d'enregistrements attendu)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/sondehub.py" line="60"/>
        <source>{where}: not an object</source>
        <translation>{where} : ce n'est pas un objet</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/sondehub.py" line="68"/>
        <source>{where}: missing or unreadable lat/lon</source>
        <translation>{where} : lat/lon absentes ou illisibles</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/sondehub.py" line="73"/>
        <source>{where}: position 0,0 (no GPS fix)</source>
        <translation>{where} : position 0,0 (pas de fix GPS)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/sondehub.py" line="76"/>
        <source>{where}: position {lat},{lon} out of range</source>
        <translation>{where} : position {lat},{lon} hors limites</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/sondehub.py" line="82"/>
        <source>{where}: {exc}</source>
        <translation>{where} : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/sondehub.py" line="89"/>
        <source>{where}: altitude &apos;{alt}&apos; is not a number</source>
        <translation>{where} : l'altitude '{alt}' n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/sondehub.py" line="101"/>
        <source>{zero} record(s) at latitude 0, longitude 0 (no GPS lock) skipped.</source>
        <translation>{zero} enregistrement(s) à latitude 0, longitude 0 (pas de fix GPS) ignoré(s).</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/sondehub.py" line="118"/>
        <source>{dups} duplicate record(s) (same frame from several receivers) removed.</source>
        <translation>{dups} enregistrement(s) en double (même trame reçue par plusieurs récepteurs) supprimé(s).</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="71"/>
        <source>not a valid KMZ (zip) file</source>
        <translation>ce n'est pas un fichier KMZ (zip) valide</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="75"/>
        <source>KMZ contains no .kml document</source>
        <translation>le KMZ ne contient aucun document .kml</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="80"/>
        <source>KML inside the KMZ declares {file_size} MB uncompressed, more than the limit of {max_member} MB (possible zip bomb)</source>
        <translation>le KML dans le KMZ déclare {file_size} Mo décompressés, plus que la limite de {max_member} Mo (possible bombe zip)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="98"/>
        <source>KML inside the KMZ expands beyond {max_member} MB (possible zip bomb)</source>
        <translation>le KML dans le KMZ dépasse {max_member} Mo une fois décompressé (possible bombe zip)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="107"/>
        <source>damaged KMZ member ({exc})</source>
        <translation>membre du KMZ endommagé ({exc})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="109"/>
        <source>cannot open KMZ member ({exc})</source>
        <translation>impossible d'ouvrir le membre du KMZ ({exc})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="118"/>
        <source>root element is &lt;{tag}&gt;, not &lt;kml&gt;</source>
        <translation>l'élément racine est &lt;{tag}&gt;, pas &lt;kml&gt;</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="154"/>
        <source>{count} point placemark(s) of &apos;{tid}&apos; without a time skipped</source>
        <translation>{count} repère(s) ponctuel(s) de '{tid}' sans heure ignoré(s)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="200"/>
        <source>{matched} point placemark(s) of &apos;{pid}&apos; repeat vertices of the line &apos;{lid}&apos;: one track, their names, descriptions and times attached to those vertices ({rest} point(s) off the line kept as &apos;{pid}&apos;).</source>
        <translation>{matched} repère(s) ponctuel(s) de '{pid}' répètent des sommets de la ligne '{lid}' : une seule trajectoire, leurs noms, descriptions et heures rattachés à ces sommets ({rest} point(s) hors de la ligne conservé(s) comme '{pid}').</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="205"/>
        <source>{matched} point placemark(s) of &apos;{pid}&apos; repeat vertices of the line &apos;{lid}&apos;: one track, their names, descriptions and times attached to those vertices.</source>
        <translation>{matched} repère(s) ponctuel(s) de '{pid}' répètent des sommets de la ligne '{lid}' : une seule trajectoire, leurs noms, descriptions et heures rattachés à ces sommets.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="236"/>
        <source>Some altitudes are relative to the ground (KML relativeToGround): read as if above mean sea level.</source>
        <translation>Certaines altitudes sont relatives au sol (KML relativeToGround) : lues comme au-dessus du niveau moyen de la mer.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="287"/>
        <source>coordinate needs at least lon and lat</source>
        <translation>une coordonnée nécessite au moins lon et lat</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="291"/>
        <source>unreadable coordinate &apos;{parts}&apos;</source>
        <translation>coordonnée illisible '{parts}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="294"/>
        <source>coordinate {lon},{lat} out of range</source>
        <translation>coordonnée {lon},{lat} hors limites</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="305"/>
        <source>&apos;{label}&apos; LineString vertex {i}: {exc}</source>
        <translation>'{label}' sommet de LineString {i} : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="317"/>
        <source>&apos;{label}&apos; gx:Track has {n_whens} &lt;when&gt; but {n_coords} &lt;gx:coord&gt;: track skipped</source>
        <translation>'{label}' : le gx:Track a {n_whens} &lt;when&gt; mais {n_coords} &lt;gx:coord&gt; : trajectoire ignorée</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="337"/>
        <source>&apos;{label}&apos; SimpleArrayData &apos;{aname}&apos; has {n_vals} values for {n_whens} points: ignored</source>
        <translation>'{label}' : le SimpleArrayData '{aname}' a {n_vals} valeurs pour {n_whens} points : ignoré</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="354"/>
        <source>&apos;{label}&apos; gx:Track point {i}: {exc}</source>
        <translation>'{label}' point de gx:Track {i} : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="93"/>
        <source>unreadable UTF-16 text</source>
        <translation>texte UTF-16 illisible</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="98"/>
        <source>File is not UTF-8: read as Windows-1252 (Latin-1).</source>
        <translation>Le fichier n'est pas en UTF-8 : lu comme Windows-1252 (Latin-1).</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="139"/>
        <source>no column delimiter found (expected comma, tab, semicolon or &apos;|&apos;)</source>
        <translation>aucun séparateur de colonnes trouvé (virgule, tabulation, point-virgule ou '|' attendu)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="159"/>
        <source>unreadable CSV line ({exc})</source>
        <translation>ligne CSV illisible ({exc})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="170"/>
        <source>a cell of {n_col:,} characters, more than the limit of {limit:,}</source>
        <translation>une cellule de {n_col:,} caractères, plus que la limite de {limit:,}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="253"/>
        <source>No header: columns read as {columns} (give a column mapping if this is wrong).</source>
        <translation>Pas d'en-tête : colonnes lues comme {columns} (indiquez une affectation des colonnes si c'est faux).</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="260"/>
        <source>unknown column role &apos;{role}&apos; (use {roles})</source>
        <translation>rôle de colonne inconnu '{role}' (utilisez {roles})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="269"/>
        <source>column &apos;{col}&apos; not found (columns: {columns})</source>
        <translation>colonne '{col}' introuvable (colonnes : {columns})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="275"/>
        <source>column index {col} for &apos;{role}&apos; is outside 0..{n_columns}</source>
        <translation>l'indice de colonne {col} pour '{role}' est hors de 0..{n_columns}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="292"/>
        <source>no {value} column found (columns: {columns}); give a column mapping</source>
        <translation>aucune colonne {value} trouvée (colonnes : {columns}) ; indiquez une affectation des colonnes</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="336"/>
        <source>&apos;{column}&apos; kept as {field}</source>
        <translation>'{column}' conservée comme {field}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="326"/>
        <source>Altitude: alt_m read from &apos;{column}&apos;; {kept}.</source>
        <translation>Altitude : alt_m lue dans '{column}' ; {kept}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="333"/>
        <source>GPS altitude</source>
        <translation>altitude GPS</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="333"/>
        <source>altitude</source>
        <translation>altitude</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="333"/>
        <source>barometric (pressure) altitude</source>
        <translation>altitude barométrique (pression)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="337"/>
        <source>Altitude: alt_m read from &apos;{column}&apos; ({what}); {kept}.</source>
        <translation>Altitude : alt_m lue dans '{column}' ({what}) ; {kept}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="340"/>
        <source>Altitude: alt_m read from &apos;{column}&apos; ({what}).</source>
        <translation>Altitude : alt_m lue dans '{column}' ({what}).</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="362"/>
        <source>header-less file without data rows</source>
        <translation>fichier sans en-tête et sans lignes de données</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="386"/>
        <source>file has no header and its columns are not the obvious time, lat, lon, alt: give a column mapping such as {{&apos;time&apos;: 0, &apos;lat&apos;: 1, &apos;lon&apos;: 2, &apos;alt&apos;: 3}}</source>
        <translation>le fichier n'a pas d'en-tête et ses colonnes ne sont pas évidemment temps, lat, lon, alt : indiquez une affectation des colonnes telle que {{'time': 0, 'lat': 1, 'lon': 2, 'alt': 3}}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="413"/>
        <source>expected {ncol} fields, found {counts}</source>
        <translation>{ncol} champs attendus, {counts} trouvés</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="429"/>
        <source>unreadable CSV row ({exc})</source>
        <translation>ligne CSV illisible ({exc})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="436"/>
        <source>expected {ncol} fields, found {n_r}</source>
        <translation>{ncol} champs attendus, {n_r} trouvés</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_measures.py" line="28"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>'{value}' n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="518"/>
        <source>column &apos;{columns}&apos; holds times of day only: give the date (YYYY-MM-DD) of the first fix</source>
        <translation>la colonne '{columns}' ne contient que des heures du jour : indiquez la date (AAAA-MM-JJ) de la première position</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="534"/>
        <source>Times of day placed on {date} (a day added each time the clock goes back).</source>
        <translation>Heures du jour placées le {date} (un jour ajouté chaque fois que l'horloge recule).</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="573"/>
        <source>Kept in SI units: {kept}.</source>
        <translation>Conservées en unités SI : {kept}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_measures.py" line="46"/>
        <source>Altitude unit of &apos;{alt_name}&apos; not stated in the header: {word}, found by comparing it with the standard-atmosphere altitude of &apos;{columns}&apos;.</source>
        <translation>Unité d'altitude de '{alt_name}' non indiquée dans l'en-tête : {word}, déterminée en la comparant à l'altitude en atmosphère standard de '{columns}'.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_measures.py" line="58"/>
        <source>Altitude &apos;{alt_name}&apos; read in metres, as radiosonde_auto_rx logs and SondeHub exports write it.</source>
        <translation>Altitude '{alt_name}' lue en mètres, comme l'écrivent les journaux de radiosonde_auto_rx et les exports SondeHub.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_measures.py" line="65"/>
        <source>Altitude unit of &apos;{alt_name}&apos; not stated in the header: metres assumed (choose the altitude unit if the file uses feet).</source>
        <translation>Unité d'altitude de '{alt_name}' non indiquée dans l'en-tête : mètres supposés (choisissez l'unité d'altitude si le fichier est en pieds).</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_measures.py" line="109"/>
        <source>&apos;{cname}&apos; as {key} (from {unit})</source>
        <translation>'{cname}' comme {key} (depuis {unit})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_measures.py" line="86"/>
        <source>&apos;{cname}&apos; as {key} (from {unit}, unstated unit, taken as alt_m)</source>
        <translation>'{cname}' comme {key} (depuis {unit}, unité non indiquée, prise comme alt_m)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_measures.py" line="109"/>
        <source>&apos;{cname}&apos; as {key} (from unstated unit, read as {unit})</source>
        <translation>'{cname}' comme {key} (unité non indiquée, lue comme {unit})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_measures.py" line="96"/>
        <source>not above 0 hPa</source>
        <translation>pas au-dessus de 0 hPa</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_measures.py" line="102"/>
        <source>at or below absolute zero</source>
        <translation>au zéro absolu ou en dessous</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_measures.py" line="106"/>
        <source>&apos;{cname}&apos; as {key} (degrees)</source>
        <translation>'{cname}' comme {key} (degrés)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_measures.py" line="106"/>
        <source>outside 0..360</source>
        <translation>hors de 0..360</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_measures.py" line="122"/>
        <source>{done}; {count} value(s) {why} (a decoder&apos;s &apos;no sensor&apos; filler) left empty</source>
        <translation>{done} ; {count} valeur(s) {why} (valeur de remplissage « pas de capteur » d'un décodeur) laissée(s) vide(s)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/quality.py" line="44"/>
        <source>fix {n} of &apos;{track_id}&apos;: </source>
        <translation>position {n} de '{track_id}' : </translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/quality.py" line="46"/>
        <source>{where}position {lat:g}, {lon:g} is outside the Earth&apos;s coordinate ranges</source>
        <translation>{where}la position {lat:g}, {lon:g} est hors des plages de coordonnées terrestres</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/quality.py" line="57"/>
        <source>{where}altitude {alt:g} m is outside {ALT_MIN_M:g}..{ALT_MAX_M:g} m (wrong unit or filler value?)</source>
        <translation>{where}l'altitude {alt:g} m est hors de {ALT_MIN_M:g}..{ALT_MAX_M:g} m (mauvaise unité ou valeur de remplissage ?)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/quality.py" line="69"/>
        <source>{where}time {t:g} s (epoch) is outside the years 1900..2100</source>
        <translation>{where}l'heure {t:g} s (epoch) est hors des années 1900..2100</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/quality.py" line="121"/>
        <source>{start} to {end} ({hours:.2f} h)</source>
        <translation>{start} à {end} ({hours:.2f} h)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/quality.py" line="125"/>
        <source>altitude {low:,.0f} to {high:,.0f} m ({low_ft:,.0f} to {high_ft:,.0f} ft)</source>
        <translation>altitude {low:,.0f} à {high:,.0f} m ({low_ft:,.0f} à {high_ft:,.0f} ft)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/quality.py" line="127"/>
        <source>{fixes} fixes in {tracks} track(s); {span}; {alt}.</source>
        <translation>{fixes} positions dans {tracks} trajectoire(s) ; {span} ; {alt}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/quality.py" line="157"/>
        <source>no fix has a time: speeds, rates, closure windows and forecasts cannot use this track</source>
        <translation>aucune position n'a d'heure : vitesses, taux, fenêtres de fermeture et prévisions ne peuvent pas utiliser cette trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/quality.py" line="159"/>
        <source>{n} of {n2} fixes have no time</source>
        <translation>{n} positions sur {n2} n'ont pas d'heure</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/quality.py" line="161"/>
        <source>no fix has an altitude: approaches and closures are checked without a vertical limit</source>
        <translation>aucune position n'a d'altitude : rapprochements et fermetures sont vérifiés sans limite verticale</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/quality.py" line="163"/>
        <source>{n} of {n2} fixes have no altitude</source>
        <translation>{n} positions sur {n2} n'ont pas d'altitude</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="55"/>
        <source>only http:// and https:// addresses can be fetched</source>
        <translation>seules les adresses http:// et https:// peuvent être téléchargées</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="68"/>
        <source>the download did not finish within {deadline_s:g} s{got} (server too slow or answer endless)</source>
        <translation>le téléchargement ne s'est pas terminé en {deadline_s:g} s{got} (serveur trop lent ou réponse sans fin)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="90"/>
        <source>the server redirected to &apos;{newurl}&apos;, which is not an http(s) address</source>
        <translation>le serveur a redirigé vers '{newurl}', qui n'est pas une adresse http(s)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="140"/>
        <source>the answer is {declared:.1f} MB, more than the limit of {max_bytes:g} MB</source>
        <translation>la réponse fait {declared:.1f} Mo, plus que la limite de {max_bytes:g} Mo</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="150"/>
        <source>the server sent an unsupported content encoding &apos;{encoding}&apos;</source>
        <translation>le serveur a envoyé un encodage de contenu non pris en charge '{encoding}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="160"/>
        <source>the answer was cut short after {received} bytes</source>
        <translation>la réponse a été tronquée après {received} octets</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="167"/>
        <source>the answer is larger than the limit of {max_bytes:g} MB</source>
        <translation>la réponse dépasse la limite de {max_bytes:g} Mo</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="178"/>
        <source>the answer was cut short: {received} of {declared} bytes received</source>
        <translation>la réponse a été tronquée : {received} octets reçus sur {declared}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="187"/>
        <source>the compressed answer was cut short</source>
        <translation>la réponse compressée a été tronquée</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="191"/>
        <source>the server sent an empty answer</source>
        <translation>le serveur a envoyé une réponse vide</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="193"/>
        <source>the server answered with a web page, not a data file (check the address, or a proxy or login page in the way)</source>
        <translation>le serveur a répondu par une page web, pas par un fichier de données (vérifiez l'adresse, ou un proxy ou une page de connexion sur le chemin)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="207"/>
        <source>the decompressed answer is larger than the download limit</source>
        <translation>la réponse décompressée dépasse la limite de téléchargement</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="216"/>
        <source>the server sent an invalid Content-Length &apos;{value}&apos;</source>
        <translation>le serveur a envoyé un Content-Length invalide '{value}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="230"/>
        <source>the server redirected to an address that is not an http(s) address</source>
        <translation>le serveur a redirigé vers une adresse qui n'est pas une adresse http(s)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="232"/>
        <source>too many redirects (more than {limit}, or a redirect loop)</source>
        <translation>trop de redirections (plus de {limit}, ou une boucle de redirection)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="233"/>
        <source>the server answered HTTP {code} {reason}</source>
        <translation>le serveur a répondu HTTP {code} {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="236"/>
        <source>no answer within {timeout_s:g} s (timeout)</source>
        <translation>pas de réponse en {timeout_s:g} s (délai dépassé)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="238"/>
        <source>connection refused (is the server running and the address right?)</source>
        <translation>connexion refusée (le serveur fonctionne-t-il et l'adresse est-elle juste ?)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="240"/>
        <source>host name not found (check the address and the network/proxy)</source>
        <translation>nom d'hôte introuvable (vérifiez l'adresse et le réseau/proxy)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="242"/>
        <source>the secure connection failed ({detail})</source>
        <translation>la connexion sécurisée a échoué ({detail})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="244"/>
        <source>the answer was cut short (the connection closed)</source>
        <translation>la réponse a été tronquée (la connexion s'est fermée)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="246"/>
        <source>the server sent an invalid HTTP answer ({detail})</source>
        <translation>le serveur a envoyé une réponse HTTP invalide ({detail})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="248"/>
        <source>the compressed answer is corrupt</source>
        <translation>la réponse compressée est corrompue</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="250"/>
        <source>network error: {detail}</source>
        <translation>erreur réseau : {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="251"/>
        <source>cannot connect: {detail}</source>
        <translation>connexion impossible : {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="258"/>
        <source>give the payload callsign to query</source>
        <translation>indiquez l'indicatif de la charge utile à interroger</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="265"/>
        <source>answer is not valid JSON ({exc}); it may have been cut short</source>
        <translation>la réponse n'est pas du JSON valide ({exc}) ; elle a peut-être été tronquée</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/net.py" line="269"/>
        <source>no telemetry for &apos;{callsign}&apos; in the last {duration}</source>
        <translation>aucune télémesure pour '{callsign}' sur la durée {duration}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/detect.py" line="46"/>
        <source>XML document that is neither GPX nor KML</source>
        <translation>document XML qui n'est ni du GPX ni du KML</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/detect.py" line="60"/>
        <source>JSON that is neither GeoJSON/Moving Features nor SondeHub telemetry</source>
        <translation>JSON qui n'est ni du GeoJSON/Moving Features ni une télémesure SondeHub</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/detect.py" line="76"/>
        <source>unknown track format (expected CSV, GPX, KML/KMZ, GeoJSON, SondeHub JSON, APRS or UKHAS)</source>
        <translation>format de trajectoire inconnu (CSV, GPX, KML/KMZ, GeoJSON, JSON SondeHub, APRS ou UKHAS attendu)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="39"/>
        <source>&apos;{ch}&apos; is not a base-91 digit</source>
        <translation>'{ch}' n'est pas un chiffre en base 91</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="51"/>
        <source>unreadable uncompressed position</source>
        <translation>position non compressée illisible</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="66"/>
        <source>compressed position too short</source>
        <translation>position compressée trop courte</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="80"/>
        <source>position {lat:.4f},{lon:.4f} out of range</source>
        <translation>position {lat:.4f},{lon:.4f} hors limites</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="93"/>
        <source>packet time needs a date (no log timestamp): give the date</source>
        <translation>l'heure du paquet nécessite une date (pas d'horodatage de journal) : indiquez la date</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="104"/>
        <source>invalid time {ts}</source>
        <translation>heure invalide {ts}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="116"/>
        <source>cannot place day {a} near the log time</source>
        <translation>impossible de placer le jour {a} près de l'heure du journal</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="138"/>
        <source>log timestamp: {exc}</source>
        <translation>horodatage du journal : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="147"/>
        <source>not an APRS packet (SRC&gt;DEST,PATH:info)</source>
        <translation>ce n'est pas un paquet APRS (SRC&gt;DEST,PATH:info)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="169"/>
        <source>unreadable item</source>
        <translation>objet illisible</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="186"/>
        <source>unreadable timestamp &apos;{ts}&apos;</source>
        <translation>horodatage illisible '{ts}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="208"/>
        <source>no decodable position packet ({other} other packets, {mic_e} Mic-E packets)</source>
        <translation>aucun paquet de position décodable ({other} autres paquets, {mic_e} paquets Mic-E)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="215"/>
        <source>{mic_e} Mic-E packet(s) not decoded.</source>
        <translation>{mic_e} paquet(s) Mic-E non décodé(s).</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="217"/>
        <source>{other} packet(s) without a position (status, messages, telemetry) ignored.</source>
        <translation>{other} paquet(s) sans position (état, messages, télémesure) ignoré(s).</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="219"/>
        <source>{dups} duplicate packet(s) (heard through several gateways) removed.</source>
        <translation>{dups} paquet(s) en double (reçus par plusieurs passerelles) supprimé(s).</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="221"/>
        <source>{no_time} packet(s) have a timestamp but no date is known: give the date.</source>
        <translation>{no_time} paquet(s) ont un horodatage mais aucune date n'est connue : indiquez la date.</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/eta.py" line="45"/>
        <source>the forecast is empty</source>
        <translation>la prévision est vide</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/backtest.py" line="49"/>
        <source>unknown forecast method &apos;{method}&apos; (persistence or wind)</source>
        <translation>méthode de prévision inconnue '{method}' (persistance ou vent)</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/backtest.py" line="51"/>
        <source>a wind back-test needs a wind grid</source>
        <translation>un test rétrospectif par le vent nécessite une grille de vent</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/backtest.py" line="55"/>
        <source>back-test leads must be positive hours</source>
        <translation>les échéances du test rétrospectif doivent être des heures positives</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/backtest.py" line="108"/>
        <source>no origin has {lead:g} h of track after it: lead not scored</source>
        <translation>aucune origine n'a {lead:g} h de trajectoire après elle : échéance non évaluée</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/backtest.py" line="133"/>
        <source>Track &apos;{track_id}&apos; ({res:.1f} h) is too short to calibrate a cone at leads {value} h with a {window_h:g} h window.</source>
        <translation>La trajectoire '{track_id}' ({res:.1f} h) est trop courte pour calibrer un cône aux échéances {value} h avec une fenêtre de {window_h:g} h.</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/backtest.py" line="145"/>
        <source>calibrated on &apos;{track_id}&apos; ({method} back-test, p90 error at {leads} h)</source>
        <translation>calibré sur '{track_id}' (test rétrospectif {method}, erreur p90 à {leads} h)</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="66"/>
        <source>the cone must be a ConeModel or the result of calibrate_cone</source>
        <translation>le cône doit être un ConeModel ou le résultat de calibrate_cone</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="78"/>
        <source>default ({percent} % of distance + {drift:g} m/s)</source>
        <translation>par défaut ({percent} % de la distance + {drift:g} m/s)</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="127"/>
        <source>Track &apos;{track_id}&apos;: all fixes have the same time; no velocity can be measured.</source>
        <translation>Trajectoire '{track_id}' : toutes les positions ont la même heure ; aucune vitesse ne peut être mesurée.</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="153"/>
        <source>the forecast horizon and step must be positive</source>
        <translation>l'horizon et le pas de la prévision doivent être positifs</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="188"/>
        <source>the persistence window must be positive</source>
        <translation>la fenêtre de persistance doit être positive</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="193"/>
        <source>Track &apos;{track_id}&apos;: the window has no displacement to measure a velocity.</source>
        <translation>Trajectoire '{track_id}' : la fenêtre n'a aucun déplacement pour mesurer une vitesse.</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="197"/>
        <source>persistence of the mean geodesic velocity over the last {hours:.2f} h: {speed:.1f} m/s towards {az:.0f} deg</source>
        <translation>persistance de la vitesse géodésique moyenne sur les {hours:.2f} dernières h : {speed:.1f} m/s vers {az:.0f} deg</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="201"/>
        <source>the track is shorter than the {window_h:g} h window: the whole track was used</source>
        <translation>la trajectoire est plus courte que la fenêtre de {window_h:g} h : toute la trajectoire a été utilisée</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="210"/>
        <source>altitude: mean vertical rate {vrate:+.2f} m/s over the window (clamped to +-{MAX_VERTICAL_RATE:g} m/s and {ALT_RANGE_M:g}..{ALT_RANGE_M2:g} m)</source>
        <translation>altitude : vitesse verticale moyenne {vrate:+.2f} m/s sur la fenêtre (bornée à +-{MAX_VERTICAL_RATE:g} m/s et {ALT_RANGE_M:g}..{ALT_RANGE_M2:g} m)</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="222"/>
        <source>altitude unknown at the last fix</source>
        <translation>altitude inconnue à la dernière position</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="320"/>
        <source>uncertainty cone: {source}</source>
        <translation>cône d'incertitude : {source}</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="277"/>
        <source>Track &apos;{track_id}&apos; has no altitude: the wind level cannot be chosen (give an altitude).</source>
        <translation>La trajectoire '{track_id}' n'a pas d'altitude : le niveau de vent ne peut pas être choisi (indiquez une altitude).</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="285"/>
        <source>altitude taken from the fix at {t} (later fixes have none)</source>
        <translation>altitude prise à la position de {t} (les positions suivantes n'en ont pas)</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="290"/>
        <source>altitude set to {a0:.0f} m by the user</source>
        <translation>altitude fixée à {a0:.0f} m par l'utilisateur</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="292"/>
        <source>wind level: {a0:.0f} m = {p:.1f} hPa in the standard atmosphere (log-pressure interpolation); altitude held constant</source>
        <translation>niveau de vent : {a0:.0f} m = {p:.1f} hPa en atmosphère standard (interpolation en log-pression) ; altitude maintenue constante</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="311"/>
        <source>forecast stops at {t0}: {exc}</source>
        <translation>la prévision s'arrête à {t0} : {exc}</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="322"/>
        <source>winds: {source}</source>
        <translation>vents : {source}</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="337"/>
        <source>prediction cut at the {horizon_h:g} h horizon ({count} later points)</source>
        <translation>prédiction coupée à l'horizon de {horizon_h:g} h ({count} points ultérieurs)</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="350"/>
        <source>no uncertainty given by the predictor; uncertainty cone: {source}</source>
        <translation>aucune incertitude fournie par le prédicteur ; cône d'incertitude : {source}</translation>
    </message>
    <message>
        <location filename="../plugin/core/safexml.py" line="41"/>
        <source>unknown text encoding &apos;{encoding}&apos; declared in the XML</source>
        <translation>encodage de texte inconnu '{encoding}' déclaré dans le XML</translation>
    </message>
    <message>
        <location filename="../plugin/core/safexml.py" line="45"/>
        <source>&apos;{encoding}&apos; declared in the XML is not a text encoding</source>
        <translation>'{encoding}' déclaré dans le XML n'est pas un encodage de texte</translation>
    </message>
    <message>
        <location filename="../plugin/core/safexml.py" line="52"/>
        <source>not valid {encoding} text (byte {start})</source>
        <translation>texte {encoding} invalide (octet {start})</translation>
    </message>
    <message>
        <location filename="../plugin/core/safexml.py" line="75"/>
        <source>XML document is larger than the limit of {max_bytes} MB</source>
        <translation>le document XML dépasse la limite de {max_bytes} Mo</translation>
    </message>
    <message>
        <location filename="../plugin/core/safexml.py" line="82"/>
        <source>XML with a DTD or entity declarations is refused for safety</source>
        <translation>le XML avec une DTD ou des déclarations d'entités est refusé par sécurité</translation>
    </message>
    <message>
        <location filename="../plugin/core/safexml.py" line="85"/>
        <source>XML nested {depth:,} levels deep, more than the limit of {limit}</source>
        <translation>XML imbriqué sur {depth:,} niveaux, plus que la limite de {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/safexml.py" line="95"/>
        <source>not well-formed XML ({value})</source>
        <translation>XML mal formé ({value})</translation>
    </message>
    <message>
        <location filename="../plugin/core/proximity.py" line="102"/>
        <source>site {site_id}: unknown geometry type &apos;{geom_type}&apos;</source>
        <translation>site {site_id} : type de géométrie inconnu '{geom_type}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/proximity.py" line="116"/>
        <source>site {site_id}: a {geom_type} needs at least two points</source>
        <translation>site {site_id} : un {geom_type} nécessite au moins deux points</translation>
    </message>
    <message>
        <location filename="../plugin/core/proximity.py" line="299"/>
        <source>the alert distance must be a positive number of metres</source>
        <translation>la distance d'alerte doit être un nombre positif de mètres</translation>
    </message>
    <message>
        <location filename="../plugin/core/proximity.py" line="306"/>
        <source>track {track_id}: {count} fix(es) without coordinates</source>
        <translation>trajectoire {track_id} : {count} position(s) sans coordonnées</translation>
    </message>
    <message>
        <location filename="../plugin/core/propose.py" line="117"/>
        <source>radius must be positive, got {radius_m}</source>
        <translation>le rayon doit être positif, {radius_m} reçu</translation>
    </message>
    <message>
        <location filename="../plugin/core/propose.py" line="119"/>
        <source>floor {floor_m:g} m and ceiling {ceiling_m:g} m: need 0 &lt;= floor &lt; ceiling</source>
        <translation>plancher {floor_m:g} m et plafond {ceiling_m:g} m : il faut 0 &lt;= plancher &lt; plafond</translation>
    </message>
    <message>
        <location filename="../plugin/core/propose.py" line="135"/>
        <source>track {track_id} has no fix with position and time</source>
        <translation>la trajectoire {track_id} n'a aucune position avec coordonnées et heure</translation>
    </message>
    <message>
        <location filename="../plugin/core/propose.py" line="320"/>
        <source>debris model needs altitude &gt;= 0, terminal velocity &gt; 0, spread &gt;= 1, scatter &gt; 0</source>
        <translation>le modèle de débris nécessite altitude &gt;= 0, vitesse terminale &gt; 0, dispersion &gt;= 1, éparpillement &gt; 0</translation>
    </message>
    <message>
        <location filename="../plugin/core/safejson.py" line="41"/>
        <source>JSON nested {depth:,} levels deep, more than the limit of {limit}</source>
        <translation>JSON imbriqué sur {depth:,} niveaux, plus que la limite de {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/safejson.py" line="52"/>
        <source>JSON nested more deeply than can be read (limit {limit})</source>
        <translation>JSON imbriqué plus profondément que ce qui peut être lu (limite {limit})</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/coords.py" line="75"/>
        <source>malformed latitude &apos;{text}&apos;</source>
        <translation>latitude mal formée '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/coords.py" line="75"/>
        <source>malformed longitude &apos;{text}&apos;</source>
        <translation>longitude mal formée '{text}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="250"/>
        <source>no floor (AL)</source>
        <translation>pas de plancher (AL)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="250"/>
        <source>no ceiling (AH)</source>
        <translation>pas de plafond (AH)</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/aixm.py" line="268"/>
        <source>airspace {uuid} TEMPDELTA (activation {window}) skipped: its BASELINE is not in the file(s) given; import it together with the file that defines the airspace</source>
        <translation>espace aérien {uuid} : TEMPDELTA (activation {window}) ignoré : sa BASELINE n'est pas dans le(s) fichier(s) fourni(s) ; importez-le avec le fichier qui définit l'espace aérien</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geojson_airspace.py" line="157"/>
        <source>no features</source>
        <translation>aucune entité</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/common.py" line="79"/>
        <source>records</source>
        <translation>enregistrements</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/common.py" line="112"/>
        <source>fixes</source>
        <translation>positions</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/coords.py" line="12"/>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/coords.py" line="12"/>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/geojson_reader.py" line="66"/>
        <source>positions</source>
        <translation>positions</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="142"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/ukhas.py" line="98"/>
        <source>sentences</source>
        <translation>trames</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/sondehub.py" line="98"/>
        <source>telemetry records</source>
        <translation>enregistrements de télémesure</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="543"/>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/aprs.py" line="212"/>
        <source>position packets</source>
        <translation>paquets de position</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/backtest.py" line="52"/>
        <source>a back-test</source>
        <translation>un test rétrospectif</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="109"/>
        <source>a forecast</source>
        <translation>une prévision</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="115"/>
        <source>Track &apos;{track_id}&apos;: {what} needs at least {min_fixes} fix with times (it has {n_t}).</source>
        <translation>Trajectoire '{track_id}' : {what} nécessite au moins {min_fixes} position horodatée (elle en a {n_t}).</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="115"/>
        <source>Track &apos;{track_id}&apos;: {what} needs at least {min_fixes} fixes with times (it has {n_t}).</source>
        <translation>Trajectoire '{track_id}' : {what} nécessite au moins {min_fixes} positions horodatées (elle en a {n_t}).</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="182"/>
        <source>a persistence forecast</source>
        <translation>une prévision par persistance</translation>
    </message>
    <message>
        <location filename="../plugin/core/forecast/models.py" line="270"/>
        <source>a wind forecast</source>
        <translation>une prévision par le vent</translation>
    </message>
    <message>
        <location filename="../plugin/core/propose.py" line="77"/>
        <source>{start} to {end} UTC</source>
        <translation>{start} à {end} UTC</translation>
    </message>
    <message>
        <location filename="../plugin/core/propose.py" line="77"/>
        <source>no timed fix</source>
        <translation>aucune position horodatée</translation>
    </message>
    <message>
        <location filename="../plugin/core/propose.py" line="79"/>
        <source>shoot-down time {t} UTC is outside the track and forecast ({span})</source>
        <translation>l'heure de destruction {t} UTC est hors de la trajectoire et de la prévision ({span})</translation>
    </message>
    <message>
        <location filename="../plugin/core/propose.py" line="79"/>
        <source>shoot-down time {t} UTC is outside the track ({span})</source>
        <translation>l'heure de destruction {t} UTC est hors de la trajectoire ({span})</translation>
    </message>
    <message>
        <location filename="../plugin/core/propose.py" line="174"/>
        <source>limits from the balloon&apos;s altitude {lo:,.0f}-{hi:,.0f} m +- {margin:,.0f} m, widened to 10-FL steps (geometric altitude treated as pressure altitude, standard atmosphere)</source>
        <translation>limites tirées de l'altitude du ballon {lo:,.0f}-{hi:,.0f} m +- {margin:,.0f} m, élargies par pas de 10 FL (altitude géométrique traitée comme altitude-pression, atmosphère standard)</translation>
    </message>
    <message>
        <location filename="../plugin/core/propose.py" line="184"/>
        <source>fixed by the proposal parameters</source>
        <translation>fixées par les paramètres de la proposition</translation>
    </message>
    <message>
        <location filename="../plugin/core/propose.py" line="184"/>
        <source>balloon altitude unknown there</source>
        <translation>altitude du ballon inconnue à cet endroit</translation>
    </message>
    <message>
        <location filename="../plugin/core/propose.py" line="185"/>
        <source>limits ASSUMED ({why}): {floor} to FL{ceiling:03d}</source>
        <translation>limites SUPPOSÉES ({why}) : {floor} à FL{ceiling:03d}</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="108"/>
        <source>Track &apos;{track_id}&apos; is not forecast: {reason}. {consequence}; use a descent prediction (a Tawhiri or SondeHub prediction file) or the last fix as the landing area.</source>
        <translation>La trajectoire '{track_id}' n'est pas prévue : {reason}. {consequence} ; utilisez une prédiction de descente (un fichier de prédiction Tawhiri ou SondeHub) ou la dernière position comme zone d'atterrissage.</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="112"/>
        <source>A persistence forecast would carry a landed balloon on as if it were floating</source>
        <translation>Une prévision par persistance prolongerait un ballon posé comme s'il était en palier</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="114"/>
        <source>A persistence forecast would carry a falling balloon on as if it were floating</source>
        <translation>Une prévision par persistance prolongerait un ballon en chute comme s'il était en palier</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="116"/>
        <source>A constant-altitude wind forecast would carry a landed balloon on as if it were floating</source>
        <translation>Une prévision par le vent à altitude constante prolongerait un ballon posé comme s'il était en palier</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="118"/>
        <source>A constant-altitude wind forecast would carry a falling balloon on as if it were floating</source>
        <translation>Une prévision par le vent à altitude constante prolongerait un ballon en chute comme s'il était en palier</translation>
    </message>
    <message>
        <location filename="../plugin/core/propose.py" line="343"/>
        <source>fall model: terminal velocity {v0:g} m/s at sea level (x/{spread:g}), v(h) = v0 exp(h/2H), H = {h:g} m; fall time {t_mid:.0f} s ({t_fast:.0f}-{t_slow:.0f} s); constant wind {u:g} E / {v:g} N m/s; drift {near:.0f}-{far:.0f} m toward {az:.0f} deg; scatter {scatter:g} m; ellipse {major:.0f} x {minor:.0f} m</source>
        <translation>modèle de chute : vitesse terminale {v0:g} m/s au niveau de la mer (x/{spread:g}), v(h) = v0 exp(h/2H), H = {h:g} m ; durée de chute {t_mid:.0f} s ({t_fast:.0f}-{t_slow:.0f} s) ; vent constant {u:g} E / {v:g} N m/s ; dérive {near:.0f}-{far:.0f} m vers {az:.0f} deg ; éparpillement {scatter:g} m ; ellipse {major:.0f} x {minor:.0f} m</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="77"/>
        <source>the alert distance</source>
        <translation>la distance d'alerte</translation>
    </message>
    <message>
        <location filename="../plugin/core/units.py" line="25"/>
        <source>distance</source>
        <translation>distance</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="233"/>
        <source>The track is the PostGIS table {}: the analysis runs in PostgreSQL.</source>
        <translation>La trajectoire est la table PostGIS {} : l'analyse s'exécute dans PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/project.py" line="262"/>
        <source>azimuthal equidistant</source>
        <translation>azimutale équidistante</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/project.py" line="262"/>
        <source>stereographic</source>
        <translation>stéréographique</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/project.py" line="262"/>
        <source>Lambert conformal conic</source>
        <translation>conique conforme de Lambert</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/project.py" line="263"/>
        <source>transverse Mercator</source>
        <translation>Mercator transverse</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/project.py" line="263"/>
        <source>Lambert azimuthal equal-area</source>
        <translation>azimutale équivalente de Lambert</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/project.py" line="265"/>
        <source>{} centred {}</source>
        <translation>{} centrée {}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/project.py" line="268"/>
        <source>{} (latitude and longitude in degrees)</source>
        <translation>{} (latitude et longitude en degrés)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="34"/>
        <source>Builds a briefing print layout from the plugin&apos;s template (resources/layouts/briefing.qpt). Page 1: the chosen layers as styled in the project over an offline Natural Earth basemap, in a projection centred on the incident (azimuthal equidistant unless the project has a projected CRS), an overview map, a legend of what the map shows, scale bars in km and NM, the observed and forecast periods in UTC, the key facts and the sources. Page 2: the altitude-versus-time profile with the closures met and the closest approaches, and tables of the approaches, the closures met and the forecast arrivals (ft, FL, km and NM). Then one page per violated closure and per approach, zoomed to it (or one page per feature of an atlas layer). Layers are recognised by the kind our algorithms give them. Without an extent the map shows the track and its events plus a 10% margin. The layout is kept in the project (named after the title, replacing one of the same name) and exported to PDF, PNG or SVG; a failed export leaves no partial file. The banner&apos;s default is the one from the plugin settings; an empty banner leaves the banner lines blank.</source>
        <translation>Construit une mise en page de briefing à partir du modèle de l'extension (resources/layouts/briefing.qpt). Page 1 : les couches choisies, avec leur style du projet, sur un fond de carte Natural Earth hors ligne, dans une projection centrée sur l'incident (azimutale équidistante, sauf si le projet a un SCR projeté), une carte d'ensemble, une légende de ce que montre la carte, des échelles graphiques en km et en NM, les périodes observée et prévue en UTC, les faits essentiels et les sources. Page 2 : le profil altitude-temps avec les fermetures rencontrées et les rapprochements maximaux, et les tableaux des rapprochements, des fermetures rencontrées et des arrivées prévues (ft, FL, km et NM). Puis une page par fermeture violée et par rapprochement, centrée dessus (ou une page par entité d'une couche d'atlas). Les couches sont reconnues par le type que leur donnent nos algorithmes. Sans emprise, la carte montre la trajectoire et ses événements avec une marge de 10 %. La mise en page est conservée dans le projet (nommée d'après le titre, en remplaçant celle du même nom) et exportée en PDF, PNG ou SVG ; un export qui échoue ne laisse aucun fichier partiel. Le bandeau par défaut est celui des paramètres de l'extension ; un bandeau vide laisse les lignes de bandeau vides.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="78"/>
        <source>A page per violated closure and per approach (without an atlas layer)</source>
        <translation>Une page par fermeture violée et par rapprochement (sans couche d'atlas)</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="94"/>
        <source>The map is too wide for one scale: the scale bars are left out.</source>
        <translation>La carte est trop large pour une seule échelle : les échelles graphiques sont omises.</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="105"/>
        <source>{}: altitude profile and events</source>
        <translation>{} : profil d'altitude et événements</translation>
    </message>
    <message>
        <location filename="../plugin/layout/pages.py" line="77"/>
        <source>Closure violated: {}
Active {} to {} UTC
Track inside from {} UTC</source>
        <translation>Fermeture violée : {}
Active de {} à {} UTC
Trajectoire à l'intérieur à partir de {} UTC</translation>
    </message>
    <message>
        <location filename="../plugin/layout/pages.py" line="80"/>
        <source>Closure: {}</source>
        <translation>Fermeture : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/pages.py" line="103"/>
        <source>Approach to {}: {}
at {} UTC, {}
Inside the alert radius {} to {} UTC</source>
        <translation>Rapprochement de {} : {}
à {} UTC, {}
Dans le rayon d'alerte de {} à {} UTC</translation>
    </message>
    <message>
        <location filename="../plugin/layout/pages.py" line="107"/>
        <source>Approach: {}</source>
        <translation>Rapprochement : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/pages.py" line="117"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../plugin/layout/texts.py" line="87"/>
        <source>Observed {}</source>
        <translation>Observé {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/texts.py" line="89"/>
        <source>Forecast {} (not observed)</source>
        <translation>Prévu {} (non observé)</translation>
    </message>
    <message>
        <location filename="../plugin/layout/texts.py" line="113"/>
        <source>Basemap: Natural Earth (public domain), countries and states from QGIS, lakes bundled.</source>
        <translation>Fond de carte : Natural Earth (domaine public), pays et États de QGIS, lacs fournis avec l'extension.</translation>
    </message>
    <message>
        <location filename="../plugin/layout/texts.py" line="115"/>
        <source>Altitudes from the track (GPS, WGS 84); FL = altitude / 100 ft without pressure correction.</source>
        <translation>Altitudes de la trajectoire (GPS, WGS 84) ; FL = altitude / 100 ft sans correction de pression.</translation>
    </message>
    <message>
        <location filename="../plugin/layout/texts.py" line="127"/>
        <source>altitude unknown</source>
        <translation>altitude inconnue</translation>
    </message>
    <message>
        <location filename="../plugin/layout/texts.py" line="154"/>
        <source>Closest approach: {} at {}, {} UTC, {}</source>
        <translation>Rapprochement maximal : {} à {}, {} UTC, {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/texts.py" line="159"/>
        <source>Closures violated: {} of {} checked</source>
        <translation>Fermetures violées : {} sur {} vérifiées</translation>
    </message>
    <message>
        <location filename="../plugin/layout/texts.py" line="162"/>
        <source>Forecast to {} UTC: not observed</source>
        <translation>Prévision jusqu'à {} UTC : non observée</translation>
    </message>
    <message>
        <location filename="../plugin/layout/texts.py" line="163"/>
        <source>No approach or closure analysed.</source>
        <translation>Aucun rapprochement ni aucune fermeture analysés.</translation>
    </message>
    <message>
        <location filename="../plugin/layout/tables.py" line="80"/>
        <source>Alt ft</source>
        <translation>Alt. ft</translation>
    </message>
    <message>
        <location filename="../plugin/layout/tables.py" line="85"/>
        <source>Closure</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <location filename="../plugin/layout/tables.py" line="87"/>
        <source>Floor - ceiling</source>
        <translation>Plancher - plafond</translation>
    </message>
    <message>
        <location filename="../plugin/layout/tables.py" line="88"/>
        <source>First entry UTC</source>
        <translation>Première entrée UTC</translation>
    </message>
    <message>
        <location filename="../plugin/layout/tables.py" line="93"/>
        <source>Likely entry UTC</source>
        <translation>Entrée probable UTC</translation>
    </message>
    <message>
        <location filename="../plugin/layout/tables.py" line="97"/>
        <source>+/- km</source>
        <translation>+/- km</translation>
    </message>
    <message>
        <location filename="../plugin/layout/profile.py" line="208"/>
        <source>after the track</source>
        <translation>après la trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/layout/profile.py" line="208"/>
        <source>before the track</source>
        <translation>avant la trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/layout/profile.py" line="209"/>
        <source>{}: active {} to {} UTC ({})</source>
        <translation>{} : active de {} à {} UTC ({})</translation>
    </message>
    <message>
        <location filename="../plugin/layout/profile.py" line="269"/>
        <source>No track altitude to draw.</source>
        <translation>Aucune altitude de trajectoire à tracer.</translation>
    </message>
    <message>
        <location filename="../plugin/layout/profile.py" line="281"/>
        <source>ft</source>
        <translation>ft</translation>
    </message>
    <message>
        <location filename="../plugin/layout/profile.py" line="287"/>
        <source>Detail: {}</source>
        <translation>Détail : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/profile.py" line="289"/>
        <source>time UTC</source>
        <translation>heure UTC</translation>
    </message>
    <message>
        <location filename="../plugin/layout/profile.py" line="290"/>
        <source>Blue: track altitude (dashed: forecast). Boxes: closures met, floor to ceiling over their active window (red: violated). Bars on the axis: passages through closures. Purple: closest approaches.</source>
        <translation>Bleu : altitude de la trajectoire (tirets : prévision). Cadres : fermetures rencontrées, du plancher au plafond sur leur période d'activité (rouge : violée). Barres sur l'axe : passages dans les fermetures. Violet : rapprochements maximaux.</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/__init__.py" line="76"/>
        <source>The file is not UTF-8: its text was read as Latin-1 (ISO 8859-1).</source>
        <translation>Le fichier n'est pas en UTF-8 : son texte a été lu en Latin-1 (ISO 8859-1).</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="78"/>
        <source>drawing the outlines of this file takes more than {budget_s:.0f} s of computing (the limit is {per_mb:g} s per MB): use a larger tolerance or split the file</source>
        <translation>tracer les contours de ce fichier demande plus de {budget_s:.0f} s de calcul (la limite est de {per_mb:g} s par Mo) : utilisez une tolérance plus grande ou divisez le fichier</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/geometry.py" line="324"/>
        <source>{pending} (it passes twice through {lat:.5f}, {lon:.5f})</source>
        <translation>{pending} (il passe deux fois par {lat:.5f}, {lon:.5f})</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="287"/>
        <source>unnamed {kind} (line {line})</source>
        <translation>{kind} sans nom (ligne {line})</translation>
    </message>
    <message>
        <location filename="../plugin/core/airspace/openair.py" line="287"/>
        <source>airspace</source>
        <translation>espace aérien</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="83"/>
        <source>on the ground: the descent ({rate:.1f} m/s over the last {mins:.0f} min) ended at {alt:,d} m, within {near:.0f} m of {where}</source>
        <translation>au sol : la descente ({rate:.1f} m/s sur les {mins:.0f} dernières min) s'est terminée à {alt:,d} m, à moins de {near:.0f} m {where}</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="126"/>
        <source>sea level</source>
        <translation>du niveau de la mer</translation>
    </message>
    <message>
        <location filename="../plugin/core/flight_state.py" line="130"/>
        <source>the launch altitude ({alt:,.0f} m)</source>
        <translation>de l'altitude de lancement ({alt:,.0f} m)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="249"/>
        <source>The line placemark &apos;{pname}&apos; is named by a generic label: track id &apos;{named}&apos; taken from the file name.</source>
        <translation>Le repère de ligne '{pname}' porte un nom générique : l'identifiant de trajectoire '{named}' est pris du nom du fichier.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/kml.py" line="249"/>
        <source>The line placemark &apos;{pname}&apos; is named by a generic label: track id &apos;{named}&apos; taken from its enclosing document or folder.</source>
        <translation>Le repère de ligne '{pname}' porte un nom générique : l'identifiant de trajectoire '{named}' est pris du document ou du dossier qui le contient.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="531"/>
        <source>Times in &apos;{column}&apos; carry no time zone: read as {tz} (choose the zone if the file uses local time).</source>
        <translation>Les heures de '{column}' n'ont pas de fuseau horaire : lues en {tz} (choisissez le fuseau si le fichier est en heure locale).</translation>
    </message>
    <message>
        <location filename="../plugin/core/tracks/csv_reader.py" line="567"/>
        <source>Speed unit of &apos;{column}&apos; not stated in the header: {unit}, found by comparing it with the ground speed between fixes (median ratio {ratio:.2f}).</source>
        <translation>L'unité de vitesse de '{column}' n'est pas indiquée dans l'en-tête : {unit}, trouvée en la comparant à la vitesse sol entre les positions (rapport médian {ratio:.2f}).</translation>
    </message>
</context>
</TS>
