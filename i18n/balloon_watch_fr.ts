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
        <location filename="../plugin/processing/base.py" line="39"/>
        <source>Tracks</source>
        <translation>Trajectoires</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="39"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="40"/>
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
        <location filename="../plugin/processing/alg_importairspace.py" line="105"/>
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
        <location filename="../plugin/processing/alg_exportlayout.py" line="62"/>
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
        <location filename="../plugin/processing/alg_importtrack.py" line="47"/>
        <source>Detect from content</source>
        <translation>Détecter d'après le contenu</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="51"/>
        <source>From the file</source>
        <translation>Selon le fichier</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="176"/>
        <source>Airspace files (*.xml *.txt *.json *.geojson *.aixm);;All files (*)</source>
        <translation>Fichiers d'espace aérien (*.xml *.txt *.json *.geojson *.aixm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="74"/>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;Image PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="179"/>
        <source>Balloon incident briefing</source>
        <translation>Note d'information sur un incident de ballon</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="533"/>
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
        <location filename="../plugin/gui/controller.py" line="218"/>
        <source>Type the URL of a live feed first.</source>
        <translation>Saisissez d'abord l'URL d'un flux en direct.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="222"/>
        <source>Live updates every {} min from {}</source>
        <translation>Mises à jour en direct toutes les {} min depuis {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="309"/>
        <source>The sites catalogue could not be added: {}</source>
        <translation>Le catalogue de sites n'a pas pu être ajouté : {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="312"/>
        <source>Added {} sites from the bundled catalogue.</source>
        <translation>{} sites ajoutés à partir du catalogue fourni.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="319"/>
        <source>Choose a sites layer first.</source>
        <translation>Choisissez d'abord une couche de sites.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="324"/>
        <source>Buffer distances: {}</source>
        <translation>Distances de zone tampon : {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="335"/>
        <source>Buffering</source>
        <translation>Création des zones tampons</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="336"/>
        <source>{} buffers</source>
        <translation>{} (zones tampons)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="337"/>
        <source>Geodesic buffers written for {}.</source>
        <translation>Zones tampons géodésiques écrites pour {}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="347"/>
        <source>Choose a track point layer and a sites layer first.</source>
        <translation>Choisissez d'abord une couche de points de trajectoire et une couche de sites.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="360"/>
        <source>Proximity</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="362"/>
        <source>Track inside alert radius</source>
        <translation>Trajectoire dans le rayon d'alerte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="68"/>
        <source>Closest approaches</source>
        <translation>Rapprochements maximaux</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="366"/>
        <source>unknown time</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="380"/>
        <source>Choose an airspace file or type a URL first.</source>
        <translation>Choisissez d'abord un fichier d'espace aérien ou saisissez une URL.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="395"/>
        <source>Airspace import</source>
        <translation>Importation de l'espace aérien</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="413"/>
        <source>Choose a track point layer and a closures layer first.</source>
        <translation>Choisissez d'abord une couche de points de trajectoire et une couche de fermetures.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="424"/>
        <source>Closure check</source>
        <translation>Vérification des fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="426"/>
        <source>Track inside closures</source>
        <translation>Trajectoire dans les fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="427"/>
        <source>Closures flagged</source>
        <translation>Fermetures signalées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="430"/>
        <source>The track violated closure {}.</source>
        <translation>La trajectoire a enfreint la fermeture {}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="444"/>
        <source>Choose a track point layer first.</source>
        <translation>Choisissez d'abord une couche de points de trajectoire.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="459"/>
        <source>Proposal</source>
        <translation>Proposition de fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="103"/>
        <source>Proposed closures</source>
        <translation>Fermetures proposées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="462"/>
        <source>{} closure(s) proposed; the NOTAM text is in the Results.</source>
        <translation>{} fermeture(s) proposée(s); le texte du NOTAM se trouve dans les Résultats.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_panel.py" line="144"/>
        <source>{} row(s) from {}. Double-click a row to zoom and jump in time.</source>
        <translation>{} ligne(s) de {}. Double-cliquez sur une ligne pour zoomer et aller à ce moment.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="509"/>
        <source>Choose where to write the briefing (PDF, PNG or SVG).</source>
        <translation>Choisissez où écrire la note d'information (PDF, PNG ou SVG).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="513"/>
        <source>Nothing to export: no layer is visible.</source>
        <translation>Rien à exporter : aucune couche n'est visible.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="522"/>
        <source>Briefing written to {}</source>
        <translation>Note d'information écrite dans {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/runner.py" line="75"/>
        <source>The algorithm {} is not available.</source>
        <translation>L'algorithme {} n'est pas disponible.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="123"/>
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
        <location filename="../plugin/processing/base.py" line="46"/>
        <source>Track points (time, alt_m, track_id)</source>
        <translation>Points de trajectoire (time, alt_m, track_id)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="104"/>
        <source>Airspace closures (as Import airspace writes them)</source>
        <translation>Fermetures d'espace aérien (telles qu'écrites par Importer l'espace aérien)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="107"/>
        <source>DEM for AGL limits (ground height in metres, band 1)</source>
        <translation>MNE pour les limites AGL (hauteur du sol en mètres, bande 1)</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="468"/>
        <source>Flagged closures</source>
        <translation>Fermetures signalées</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="110"/>
        <source>Track pieces inside closures</source>
        <translation>Segments de trajectoire dans les fermetures</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="111"/>
        <source>Closures violated</source>
        <translation>Fermetures enfreintes</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="131"/>
        <source>Ground heights for AGL limits from the DEM &apos;{}&apos; (band 1, metres).</source>
        <translation>Hauteurs du sol pour les limites AGL tirées du MNE '{}' (bande 1, mètres).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="138"/>
        <source>{} of {} fixes fell outside the DEM or on nodata: the ground there is taken as 0 m MSL.</source>
        <translation>{} positions sur {} sont hors du MNE ou sur des valeurs nodata : le sol y est considéré à 0 m MSL.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="165"/>
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
        <location filename="../plugin/processing/alg_forecasttrack.py" line="210"/>
        <source>Track &apos;{}&apos; skipped: {}</source>
        <translation>Trajectoire '{}' ignorée : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="235"/>
        <source>No track &apos;{}&apos; in the track layer (track_id values: {}).</source>
        <translation>Aucune trajectoire '{}' dans la couche de trajectoires (valeurs de track_id : {}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="245"/>
        <source>The track layer holds {} tracks: give the one the prediction is for in TRACK_ID.</source>
        <translation>La couche de trajectoires contient {} trajectoires : indiquez dans TRACK_ID celle visée par la prédiction.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="254"/>
        <source>Track &apos;{}&apos;: the cone is not calibrated, the default cone is used ({}).</source>
        <translation>Trajectoire '{}' : le cône n'est pas étalonné, le cône par défaut est utilisé ({}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="258"/>
        <source>Track &apos;{}&apos; back-test: {}</source>
        <translation>Test rétrospectif de la trajectoire '{}' : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="261"/>
        <source>Track &apos;{}&apos;: the cone is measured up to {} h only; beyond that it is extrapolated in proportion to lead time.</source>
        <translation>Trajectoire '{}' : le cône n'est mesuré que jusqu'à {} h; au-delà, il est extrapolé proportionnellement au délai de prévision.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="271"/>
        <source>A predictor file cannot be back-tested on the track: the default cone is used.</source>
        <translation>Un fichier du prédicteur ne peut pas faire l'objet d'un test rétrospectif sur la trajectoire : le cône par défaut est utilisé.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="274"/>
        <source>The prediction ends ({}) before the track&apos;s last fix ({}): it is out of date.</source>
        <translation>La prédiction se termine ({}) avant la dernière position de la trajectoire ({}) : elle est périmée.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="319"/>
        <source>No sites were given: the arrival-time layer is empty.</source>
        <translation>Aucun site n'a été fourni : la couche des heures d'arrivée est vide.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="335"/>
        <source>Track &apos;{}&apos; may reach {} (within {} km) from {}, most likely {}.</source>
        <translation>La trajectoire '{}' pourrait atteindre {} (à moins de {} km) à partir de {}, heure la plus probable : {}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="335"/>
        <source>not within the forecast</source>
        <translation>hors de l'horizon de prévision</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="46"/>
        <source>Track file or URL</source>
        <translation>Fichier de trajectoire ou URL</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="49"/>
        <source>Time zone of timestamps without a zone (IANA name)</source>
        <translation>Fuseau horaire des horodatages sans fuseau (nom IANA)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="51"/>
        <source>Altitude unit (when the file does not say)</source>
        <translation>Unité d'altitude (si le fichier ne la précise pas)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="54"/>
        <source>Date for time-only values (YYYY-MM-DD)</source>
        <translation>Date pour les valeurs horaires seules (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="56"/>
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
        <location filename="../plugin/processing/alg_importairspace.py" line="99"/>
        <source>Airspace file or http(s) URL</source>
        <translation>Fichier d'espace aérien ou URL http(s)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="99"/>
        <source>Airspace files (*.xml *.txt *.air *.openair *.json *.geojson *.aixm);;All files (*)</source>
        <translation>Fichiers d'espace aérien (*.xml *.txt *.air *.openair *.json *.geojson *.aixm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="107"/>
        <source>Outline tolerance (m)</source>
        <translation>Tolérance du contour (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="109"/>
        <source>Airspace closures</source>
        <translation>Fermetures d'espace aérien</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="110"/>
        <source>Airspaces imported</source>
        <translation>Espaces aériens importés</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="111"/>
        <source>Records skipped</source>
        <translation>Enregistrements ignorés</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="127"/>
        <source>Fetching {}</source>
        <translation>Récupération de {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="142"/>
        <source>{} airspace(s) read as {} from {}</source>
        <translation>{} espace(s) aérien(s) lu(s) au format {} depuis {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="148"/>
        <source>{} record(s) skipped in {} (all listed in the log):</source>
        <translation>{} enregistrement(s) ignoré(s) dans {} (tous répertoriés dans le journal) :</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="152"/>
        <source>... and {} more.</source>
        <translation>... et {} de plus.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="154"/>
        <source>Skipped: {}</source>
        <translation>Ignoré : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="58"/>
        <source>Layers to show</source>
        <translation>Couches à afficher</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="60"/>
        <source>Title (also the layout name)</source>
        <translation>Titre (aussi le nom de la mise en page)</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="106"/>
        <source>Balloon briefing</source>
        <translation>Note d'information sur le ballon</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="63"/>
        <source>Map extent (default: all layers)</source>
        <translation>Emprise de la carte (par défaut : toutes les couches)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="69"/>
        <source>Atlas layer (one page per feature)</source>
        <translation>Couche d'atlas (une page par entité)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="71"/>
        <source>Resolution (dpi)</source>
        <translation>Résolution (ppp)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="74"/>
        <source>Briefing file</source>
        <translation>Fichier de la note d'information</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="76"/>
        <source>Layout name</source>
        <translation>Nom de la mise en page</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="81"/>
        <source>no layers to show: choose at least one layer for the briefing</source>
        <translation>aucune couche à afficher : choisissez au moins une couche pour la note d'information</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="96"/>
        <source>Layout &apos;{}&apos; added to the project.</source>
        <translation>Mise en page '{}' ajoutée au projet.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_buffersites.py" line="108"/>
        <source>Sites (points, lines or polygons)</source>
        <translation>Sites (points, lignes ou polygones)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="67"/>
        <source>Alert distance (metres)</source>
        <translation>Distance d'alerte (mètres)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="69"/>
        <source>Track parts inside the alert distance</source>
        <translation>Parties de trajectoire dans la distance d'alerte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="70"/>
        <source>Number of approaches</source>
        <translation>Nombre de rapprochements</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="85"/>
        <source>Track {} has no usable time values: time results are NULL.</source>
        <translation>La trajectoire {} n'a aucune valeur temporelle utilisable : les résultats temporels sont NULL.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="94"/>
        <source>{} site(s) have no value in &apos;{}&apos;: they are named &apos;site &lt;feature id&gt;&apos;.</source>
        <translation>{} site(s) sans valeur dans '{}' : ils sont nommés 'site &lt;identifiant de l'entité&gt;'.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="125"/>
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
        <location filename="../plugin/processing/alg_proposeclosures.py" line="137"/>
        <source>Forecast: {}</source>
        <translation>Prévision : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="153"/>
        <source>No forecast for track &apos;{}&apos; in the forecast layer: the track alone is used.</source>
        <translation>Aucune prévision pour la trajectoire '{}' dans la couche de prévision : seule la trajectoire est utilisée.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="173"/>
        <source>Debris model for &apos;{}&apos;: {}</source>
        <translation>Modèle de débris pour '{}' : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="176"/>
        <source>The track comes within {} m of none of the sites: nothing to propose (tick CORRIDOR for a corridor along the path).</source>
        <translation>La trajectoire ne passe à moins de {} m d'aucun site : rien à proposer (cochez CORRIDOR pour un corridor le long de la trajectoire).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_proposeclosures.py" line="179"/>
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
        <location filename="../plugin/processing/alg_buffersites.py" line="230"/>
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
        <location filename="../plugin/layout/briefing.py" line="105"/>
        <source>no layers to show: choose at least one valid layer for the briefing</source>
        <translation>aucune couche à afficher : choisissez au moins une couche valide pour la note d'information</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="109"/>
        <source>the atlas layer is not a valid vector layer</source>
        <translation>la couche d'atlas n'est pas une couche vectorielle valide</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="111"/>
        <source>the atlas layer has no features: there would be no page</source>
        <translation>la couche d'atlas n'a aucune entité : il n'y aurait aucune page</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="129"/>
        <source>the briefing template has no map item with the id &apos;main_map&apos;</source>
        <translation>le modèle de la note d'information n'a aucun élément de carte avec l'identifiant 'main_map'</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="531"/>
        <source>Produced {} UTC</source>
        <translation>Produit le {} UTC</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="154"/>
        <source>the layout &apos;{}&apos; could not be added to the project</source>
        <translation>la mise en page '{}' n'a pas pu être ajoutée au projet</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="165"/>
        <source>the briefing template cannot be read: {}</source>
        <translation>le modèle de la note d'information ne peut pas être lu : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="168"/>
        <source>the briefing template is not valid XML: {}</source>
        <translation>le modèle de la note d'information n'est pas un XML valide : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="172"/>
        <source>the briefing template could not be loaded: {}</source>
        <translation>le modèle de la note d'information n'a pas pu être chargé : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="218"/>
        <source>the map extent cannot be projected to {}; choose a smaller extent</source>
        <translation>l'emprise de la carte ne peut pas être projetée dans {}; choisissez une emprise plus petite</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="249"/>
        <source>the layers have no features to show and no extent was given</source>
        <translation>les couches n'ont aucune entité à afficher et aucune emprise n'a été fournie</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="259"/>
        <source>the map extent is empty or invalid</source>
        <translation>l'emprise de la carte est vide ou invalide</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="268"/>
        <source>the map extent lies outside the world (longitude -180..180, latitude -90..90)</source>
        <translation>l'emprise de la carte est hors du monde (longitude -180..180, latitude -90..90)</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="269"/>
        <source>The map extent ({}) is larger than the world; it was clamped to {}.</source>
        <translation>L'emprise de la carte ({}) est plus grande que le monde; elle a été ramenée à {}.</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="274"/>
        <source>the map extent has no width or no height</source>
        <translation>l'emprise de la carte n'a pas de largeur ou pas de hauteur</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="340"/>
        <source>the local map projection could not be created ({})</source>
        <translation>la projection cartographique locale n'a pas pu être créée ({})</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="399"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="467"/>
        <source>Closest approaches (top {})</source>
        <translation>Rapprochements maximaux ({} premiers)</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="472"/>
        <source>No approach events</source>
        <translation>Aucun rapprochement</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="480"/>
        <source>CPA km</source>
        <translation>CPA km</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="481"/>
        <source>CPA NM</source>
        <translation>CPA NM</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="483"/>
        <source>CPA time UTC</source>
        <translation>Heure CPA UTC</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="485"/>
        <source>Alt m</source>
        <translation>Alt. m</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="499"/>
        <source>No flagged closures</source>
        <translation>Aucune fermeture signalée</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="529"/>
        <source>page {} of {}: {}</source>
        <translation>page {} de {} : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="565"/>
        <source>{} to {} UTC</source>
        <translation>{} à {} UTC</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="571"/>
        <source>memory layer</source>
        <translation>couche en mémoire</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="591"/>
        <source>Made with {} {}</source>
        <translation>Réalisé avec {} {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="592"/>
        <source>Data: {}</source>
        <translation>Données : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="592"/>
        <source>Map projection: {}</source>
        <translation>Projection cartographique : {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="607"/>
        <source>the output must end in .pdf, .png or .svg</source>
        <translation>la sortie doit se terminer par .pdf, .png ou .svg</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="609"/>
        <source>the resolution must be between {} and {} dpi</source>
        <translation>la résolution doit être comprise entre {} et {} ppp</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="612"/>
        <source>the output folder does not exist</source>
        <translation>le dossier de sortie n'existe pas</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="614"/>
        <source>the output path is a folder, not a file</source>
        <translation>le chemin de sortie est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="618"/>
        <source>cannot write in the output folder ({})</source>
        <translation>impossible d'écrire dans le dossier de sortie ({})</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="624"/>
        <source>the export produced no file</source>
        <translation>l'exportation n'a produit aucun fichier</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="630"/>
        <source>the export could not be written ({})</source>
        <translation>l'exportation n'a pas pu être écrite ({})</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="686"/>
        <source>the atlas could not be prepared</source>
        <translation>l'atlas n'a pas pu être préparé</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="691"/>
        <source>the atlas could not go to feature {}</source>
        <translation>l'atlas n'a pas pu passer à l'entité {}</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="729"/>
        <source>the file could not be written</source>
        <translation>le fichier n'a pas pu être écrit</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="730"/>
        <source>not enough memory for this page size and resolution (lower the DPI)</source>
        <translation>mémoire insuffisante pour cette taille de page et cette résolution (réduisez la résolution en ppp)</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="731"/>
        <source>the PDF could not be produced</source>
        <translation>le PDF n'a pas pu être produit</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="732"/>
        <source>the SVG layers could not be produced</source>
        <translation>les couches SVG n'ont pas pu être produites</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="733"/>
        <source>the atlas could not be iterated</source>
        <translation>l'atlas n'a pas pu être parcouru</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="735"/>
        <source>the export failed</source>
        <translation>l'exportation a échoué</translation>
    </message>
    <message>
        <location filename="../plugin/layout/briefing.py" line="736"/>
        <source>Export failed: {}.</source>
        <translation>Échec de l'exportation : {}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="136"/>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="96"/>
        <source>Flag closures entered by the track</source>
        <translation>Signaler les fermetures traversées par la trajectoire</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_forecasttrack.py" line="80"/>
        <source>Forecast track (points, uncertainty cone, ETA)</source>
        <translation>Prévoir la trajectoire (points, cône d'incertitude, heures d'arrivée)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="40"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="43"/>
        <source>Import balloon track</source>
        <translation>Importer une trajectoire de ballon</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importtrack.py" line="58"/>
        <source>Column mapping for CSV without a usable header (e.g. time=1, lat=2, lon=3, alt=4)</source>
        <translation>Correspondance des colonnes pour un CSV sans en-tête utilisable (p. ex. time=1, lat=2, lon=3, alt=4)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="92"/>
        <source>Import airspace closures (TFR, NOTAM, OpenAir, AIXM, GeoJSON)</source>
        <translation>Importer des fermetures de l'espace aérien (TFR, NOTAM, OpenAir, AIXM, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="60"/>
        <source>Writing the output failed: {}</source>
        <translation>L'écriture de la sortie a échoué : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="42"/>
        <source>Export briefing layout</source>
        <translation>Exporter la mise en page de la note d'information</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="41"/>
        <source>Reporting</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="56"/>
        <source>Approaches to sites (CPA, dwell)</source>
        <translation>Approches des sites (CPA, durée)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_siteproximity.py" line="43"/>
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
        <location filename="../plugin/layout/briefing.py" line="587"/>
        <source>azimuthal equidistant on WGS 84 centred on {:.2f}°{} {:.2f}°{}</source>
        <translation>azimutale équidistante sur WGS 84 centrée sur {:.2f}°{} {:.2f}°{}</translation>
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
        <location filename="../plugin/gui/controller.py" line="238"/>
        <source>Import a track first (or choose its point layer in the Sites section).</source>
        <translation>Importez d'abord une trajectoire (ou choisissez sa couche de points dans la section Sites).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="271"/>
        <source>Forecast cone</source>
        <translation>Cône de prévision</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="275"/>
        <source>Forecast arrival times</source>
        <translation>Heures d'arrivée prévues</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="280"/>
        <source>Forecast: {} may reach {} from {} (most likely {}).</source>
        <translation>Prévision : {} pourrait atteindre {} dès {} (le plus probable : {}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="280"/>
        <source>not on the central path</source>
        <translation>hors de l'axe central</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="284"/>
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
        <location filename="../plugin/gui/controller.py" line="367"/>
        <source>{} came within {} of {} ({}).</source>
        <translation>{} s'est approché à {} de {} ({}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="369"/>
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
        <location filename="../plugin/gui/titles.py" line="13"/>
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
        <location filename="../plugin/gui/titles.py" line="13"/>
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
        <location filename="../plugin/gui/controller.py" line="268"/>
        <source>Track &apos;{}&apos; is {} but was extrapolated as you asked: the forecast carries it on as if it were floating.</source>
        <translation>La trajectoire « {} » est à l'état « {} » mais a été extrapolée comme demandé : la prévision la prolonge comme si le ballon flottait.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="389"/>
        <source>{} and {} more</source>
        <translation>{} et {} autre(s)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="399"/>
        <source>Imported {} airspace volume(s) from {} file(s); {} record(s) skipped.</source>
        <translation>{} volume(s) d'espace aérien importé(s) depuis {} fichier(s) ; {} enregistrement(s) ignoré(s).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="402"/>
        <source>{} invalid outline(s) repaired and kept: details in the log.</source>
        <translation>{} contour(s) invalide(s) réparé(s) et conservé(s) : détails dans le journal.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="466"/>
        <source>{} with assumed limits ({}): the balloon&apos;s altitude is unknown there.</source>
        <translation>{} avec des limites supposées ({}) : l'altitude du ballon y est inconnue.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="35"/>
        <source>times absent</source>
        <translation>heures absentes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="41"/>
        <source>{} to {} UTC ({} h)</source>
        <translation>{} à {} UTC ({} h)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/summaries.py" line="49"/>
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
        <location filename="../plugin/processing/alg_forecasttrack.py" line="194"/>
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
        <location filename="../plugin/gui/dock.py" line="188"/>
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
        <location filename="../plugin/gui/titles.py" line="42"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="82"/>
        <source>Checks each airspace closure against the balloon track(s) and gives it a status: &lt;b&gt;violated&lt;/b&gt; (inside the outline, between floor and ceiling, while active), &lt;b&gt;passed over&lt;/b&gt; or &lt;b&gt;passed under&lt;/b&gt; (inside the outline but above the ceiling or below the floor), &lt;b&gt;inactive at passage&lt;/b&gt; (inside the volume outside its active window) or &lt;b&gt;clear&lt;/b&gt;.

Between fixes the balloon moves linearly in time; entry and exit times are where the track crosses the outline, not fix times. AGL limits need the ground height: give a DEM (metres, band 1); without one the ground is taken as 0 m MSL and the closure&apos;s note says so. Fixes without altitude count as inside every vertical band.

Outputs: the closures with every input field plus status, first_entry, last_exit, inside_s (violated time, else time inside the outline), min_vsep_m and note; and the track pieces inside each closure (enter/exit times, violated). Every closure checked is in the output with its status, clear ones included. The results hold CHECKED and VIOLATED (counts), VIOLATED_IDENTS, STATUSES (count per status) and CLOSURES (ident, name, status, first entry, last exit, inside_s, note of every closure checked).</source>
        <translation>Vérifie chaque fermeture d'espace aérien contre la ou les trajectoires du ballon et lui donne un état : &lt;b&gt;violée&lt;/b&gt; (dans le contour, entre plancher et plafond, pendant son activité), &lt;b&gt;survolée&lt;/b&gt; ou &lt;b&gt;passée dessous&lt;/b&gt; (dans le contour mais au-dessus du plafond ou sous le plancher), &lt;b&gt;inactive au passage&lt;/b&gt; (dans le volume hors de sa période d'activité) ou &lt;b&gt;dégagée&lt;/b&gt;.

Entre deux positions, le ballon se déplace linéairement dans le temps ; les heures d'entrée et de sortie sont celles où la trajectoire coupe le contour, pas celles des positions. Les limites AGL demandent la hauteur du sol : donnez un MNT (mètres, bande 1) ; sans MNT, le sol est pris à 0 m MSL et la note de la fermeture le dit. Les positions sans altitude comptent comme dans toute tranche verticale.

Sorties : les fermetures avec tous leurs champs d'entrée plus status, first_entry, last_exit, inside_s (durée de violation, sinon durée dans le contour), min_vsep_m et note ; et les morceaux de trajectoire dans chaque fermeture (heures d'entrée et de sortie, violated). Chaque fermeture vérifiée figure dans la sortie avec son état, dégagées comprises. Les résultats contiennent CHECKED et VIOLATED (nombres), VIOLATED_IDENTS, STATUSES (nombre par état) et CLOSURES (identifiant, nom, état, première entrée, dernière sortie, inside_s, note de chaque fermeture vérifiée).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="112"/>
        <source>Closures checked</source>
        <translation>Fermetures vérifiées</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="169"/>
        <source>{} closure(s) checked against {} track(s): {}</source>
        <translation>{} fermeture(s) vérifiée(s) contre {} trajectoire(s) : {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="172"/>
        <source> ({} to {} UTC)</source>
        <translation> ({} à {} UTC)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_flagclosures.py" line="173"/>
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
        <location filename="../plugin/processing/alg_importtrack.py" line="28"/>
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
        <location filename="../plugin/processing/alg_importairspace.py" line="77"/>
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
        <location filename="../plugin/processing/alg_importairspace.py" line="102"/>
        <source>More airspace files read in the same run (separated by &apos;;&apos;), e.g. the AIXM BASELINE that TEMPDELTA activations apply to</source>
        <translation>Autres fichiers d'espace aérien lus dans la même exécution (séparés par « ; »), par exemple la BASELINE AIXM à laquelle s'appliquent les activations TEMPDELTA</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="112"/>
        <source>Invalid outlines repaired and kept</source>
        <translation>Contours invalides réparés et conservés</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="136"/>
        <source>{} AIXM TEMPDELTA activation(s) applied to their BASELINE airspace.</source>
        <translation>{} activation(s) AIXM TEMPDELTA appliquée(s) à leur espace BASELINE.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importairspace.py" line="159"/>
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
        <location filename="../plugin/processing/alg_proposeclosures.py" line="159"/>
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="185"/>
        <source>Imported {} fixes in {} track(s).</source>
        <translation>{} positions importées dans {} trajectoire(s).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/controller.py" line="259"/>
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
        <location filename="../plugin/processing/alg_exportlayout.py" line="33"/>
        <source>Builds a briefing print layout from the plugin&apos;s template (resources/layouts/briefing.qpt): main map with the chosen layers as styled in the project, overview map, legend, scale bars in km and NM, north arrow, title with the UTC time span, the closest approaches (a layer with a cpa_m field, top 10) and the flagged closures (a layer with a status field, except &apos;clear&apos;), data sources, a handling banner at top and bottom and the production date. The layout is kept in the project (named after the title, replacing one of the same name) and exported to PDF, PNG or SVG. With an atlas layer there is one page per feature. Without an extent the map shows all the layers plus a 10% margin on each side. The banner&apos;s default is the one from the plugin settings; an empty banner leaves the banner lines blank. A failed export leaves no partial file.</source>
        <translation>Construit une mise en page d&apos;impression à partir du modèle de l&apos;extension (resources/layouts/briefing.qpt) : carte principale avec les couches choisies telles que stylées dans le projet, carte d&apos;ensemble, légende, barres d&apos;échelle en km et en NM, flèche du nord, titre avec la période UTC, les rapprochements maximaux (une couche avec un champ cpa_m, les 10 premiers) et les fermetures signalées (une couche avec un champ status, sauf « clear »), les sources des données, un bandeau de diffusion en haut et en bas et la date de production. La mise en page est conservée dans le projet (nommée d&apos;après le titre, remplaçant celle du même nom) et exportée en PDF, PNG ou SVG. Avec une couche d&apos;atlas, il y a une page par entité. Sans emprise, la carte montre toutes les couches plus une marge de 10 % de chaque côté. Le bandeau par défaut est celui des paramètres de l&apos;extension ; un bandeau vide laisse les lignes du bandeau vides. Un export raté ne laisse aucun fichier partiel.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportlayout.py" line="66"/>
        <source>Banner (handling caveat; by default the one from the settings)</source>
        <translation>Bandeau (mise en garde de diffusion ; par défaut celui des paramètres)</translation>
    </message>
</context>
</TS>
