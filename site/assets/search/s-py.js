(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-py"]={"key":"py","forms":{"pysat":[0],"python":[1]},"terms":[{"w":575,"p":"rHK"},{"w":428,"p":"iDuAkeKifahTLKKiWK"}]};
