import { mountPage } from '../shared/mount-page';
import { StorageGuard } from '../shared/storage-guard';
import { App } from './App';
import './style.css';

mountPage(
  'optionsTitle',
  <StorageGuard>
    <App />
  </StorageGuard>,
);
